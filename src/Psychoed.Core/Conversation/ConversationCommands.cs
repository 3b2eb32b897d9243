using System.Text.RegularExpressions;

namespace Psychoed.Core.Conversation;

/// <summary>Recognises the bot's own plain-word commands. Only whole messages match, so a question that mentions "privacy" still reaches the pipeline.</summary>
public static partial class ConversationCommands
{
    private static readonly Dictionary<string, ConversationCommand> Phrases = new(StringComparer.Ordinal)
    {
        ["start over"] = ConversationCommand.StartOver,
        ["start again"] = ConversationCommand.StartOver,
        ["restart"] = ConversationCommand.StartOver,
        ["reset"] = ConversationCommand.StartOver,
        ["new conversation"] = ConversationCommand.StartOver,
        ["privacy"] = ConversationCommand.Privacy,
        ["privacy policy"] = ConversationCommand.Privacy,
        ["what do you store"] = ConversationCommand.Privacy,
        ["what do you keep"] = ConversationCommand.Privacy,
        ["what data do you keep"] = ConversationCommand.Privacy,
        ["what data do you store"] = ConversationCommand.Privacy,
        ["region"] = ConversationCommand.Region,
        ["change region"] = ConversationCommand.Region,
        ["set region"] = ConversationCommand.Region,
        ["country"] = ConversationCommand.Region,
        ["change country"] = ConversationCommand.Region,
    };

    /// <summary>The command <paramref name="text"/> is, and for "region XX" the region asked for (normalized, or the raw text when unknown).</summary>
    public static (ConversationCommand Command, string? Argument) Parse(string? text)
    {
        var normalized = Normalize(text);
        if (Phrases.TryGetValue(normalized, out var command))
        {
            return (command, null);
        }

        var match = RegionPattern().Match(normalized);
        return match.Success ? (ConversationCommand.Region, match.Groups["region"].Value) : (ConversationCommand.None, null);
    }

    private static string Normalize(string? text) =>
        Spaces().Replace((text ?? "").Trim().TrimEnd('.', '!', '?').ToLowerInvariant(), " ");

    [GeneratedRegex(@"^(?:set |change )?(?:my )?(?:region|country)(?: to| is|:)? (?<region>[a-z][a-z ]{1,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
