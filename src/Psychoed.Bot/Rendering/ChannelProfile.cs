namespace Psychoed.Bot.Rendering;

/// <summary>
/// How a channel shows a reply: whether it renders Adaptive Cards, whether the plain text goes in the
/// activity too, and whether buttons go in the card (Teams, where suggested actions only show in
/// some scopes) or as suggested actions.
/// </summary>
/// <param name="Cards">The channel renders Adaptive Cards.</param>
/// <param name="Text">The activity carries the plain text as well (channels that may not render cards).</param>
/// <param name="CardButtons">Buttons go inside the card rather than as suggested actions.</param>
/// <param name="SilentButtons">Buttons can send data without text (feedback), e.g. messageBack.</param>
public sealed record ChannelProfile(bool Cards, bool Text, bool CardButtons, bool SilentButtons)
{
    private static readonly ChannelProfile Teams = new(Cards: true, Text: false, CardButtons: true, SilentButtons: true);
    private static readonly ChannelProfile CardChat = new(Cards: true, Text: false, CardButtons: false, SilentButtons: true);
    private static readonly ChannelProfile TextOnly = new(Cards: false, Text: true, CardButtons: false, SilentButtons: false);
    private static readonly ChannelProfile Unknown = new(Cards: true, Text: true, CardButtons: false, SilentButtons: true);

    // Channels known to render Adaptive Cards show the card's own text; sending the text as well
    // would show every reply twice. Text-only channels get no card. Anything else gets both.
    private static readonly Dictionary<string, ChannelProfile> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["msteams"] = Teams,
        ["webchat"] = CardChat,
        ["directline"] = CardChat,
        ["directlinespeech"] = CardChat,
        ["emulator"] = CardChat,
        ["sms"] = TextOnly,
        ["twilio-sms"] = TextOnly,
        ["telephony"] = TextOnly,
        ["email"] = TextOnly,
        ["slack"] = TextOnly,
        ["telegram"] = TextOnly,
        ["facebook"] = TextOnly,
        ["line"] = TextOnly,
        ["kik"] = TextOnly,
        ["groupme"] = TextOnly,
    };

    /// <summary>The profile for a channel id; unknown channels get both the card and the text.</summary>
    public static ChannelProfile For(string? channelId) =>
        channelId is not null && Known.TryGetValue(channelId, out var profile) ? profile : Unknown;
}
