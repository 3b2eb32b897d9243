namespace Psychoed.Core.Conversation;

/// <summary>One turn as a channel hands it over: what the user typed or pressed, and where they are.</summary>
/// <param name="Text">The message text (mentions already removed by the channel), or null.</param>
/// <param name="Value">A pressed button's value as JSON, or null.</param>
/// <param name="Locale">The user's locale (<c>en-GB</c>), which picks the region until they choose one.</param>
/// <param name="Region">A region the host chose for the user (the CLI's <c>--region</c>), before the locale.</param>
/// <param name="Channel">The channel's name, for logs only.</param>
public sealed record TurnInput(string? Text, string? Value = null, string? Locale = null, string? Region = null, string? Channel = null);
