namespace Psychoed.Bot.WebChat;

/// <summary>What the chat page and the embed script need to know, as JSON (no secrets).</summary>
public sealed record WebChatClientConfig
{
    /// <summary>The clinic's name.</summary>
    public required string ClinicName { get; init; }

    /// <summary>The accent colour.</summary>
    public required string Accent { get; init; }

    /// <summary>The text colour on the accent.</summary>
    public required string AccentText { get; init; }

    /// <summary>The bot's avatar initials.</summary>
    public required string BotAvatarInitials { get; init; }

    /// <summary>The visitor's avatar initials.</summary>
    public required string UserAvatarInitials { get; init; }

    /// <summary>The short disclaimer.</summary>
    public required string Disclaimer { get; init; }

    /// <summary>Where the page gets a token, relative to the page.</summary>
    public string TokenUrl { get; init; } = "api/webchat/token";

    /// <summary>"embedded" or "azure".</summary>
    public required string Mode { get; init; }

    /// <summary>The region whose contacts show first.</summary>
    public required string DefaultRegion { get; init; }

    /// <summary>Crisis contacts by region, for "Need help now?".</summary>
    public required IReadOnlyCollection<HelpRegion> HelpRegions { get; init; }

    /// <summary>Builds the config from the options and the catalog.</summary>
    public static WebChatClientConfig From(WebChatOptions options, string botRegion, HelpResourceCatalog help) => new()
    {
        ClinicName = options.ClinicName,
        Accent = options.AccentColor.ToUpperInvariant(),
        AccentText = ColorContrast.TextOn(options.AccentColor),
        BotAvatarInitials = options.BotAvatarInitials,
        UserAvatarInitials = options.UserAvatarInitials,
        Disclaimer = options.Disclaimer,
        Mode = options.UsesAzure ? "azure" : "embedded",
        DefaultRegion = help.For(string.IsNullOrEmpty(options.DefaultRegion) ? botRegion : options.DefaultRegion, botRegion).Code,
        HelpRegions = help.Regions,
    };
}
