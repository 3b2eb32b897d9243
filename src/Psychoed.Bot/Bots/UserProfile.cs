namespace Psychoed.Bot.Bots;

/// <summary>What the bot keeps about a user across conversations (Bot Framework user state): only the region they chose.</summary>
public sealed class UserProfile
{
    /// <summary>The region the user chose for help resources, or null to follow their locale.</summary>
    public string? Region { get; set; }
}
