using System.Text.RegularExpressions;

namespace Psychoed.Bot.Bots;

/// <summary>Recognises the bot's own plain-word commands. Only whole messages match, so a question that mentions "privacy" still reaches the pipeline.</summary>
public static partial class BotCommands
{
    private static readonly Dictionary<string, BotCommand> Phrases = new(StringComparer.Ordinal)
    {
        ["start over"] = BotCommand.StartOver,
        ["start again"] = BotCommand.StartOver,
        ["restart"] = BotCommand.StartOver,
        ["reset"] = BotCommand.StartOver,
        ["new conversation"] = BotCommand.StartOver,
        ["privacy"] = BotCommand.Privacy,
        ["privacy policy"] = BotCommand.Privacy,
        ["what do you store"] = BotCommand.Privacy,
        ["what do you keep"] = BotCommand.Privacy,
        ["what data do you keep"] = BotCommand.Privacy,
        ["what data do you store"] = BotCommand.Privacy,
        ["region"] = BotCommand.Region,
        ["change region"] = BotCommand.Region,
        ["set region"] = BotCommand.Region,
        ["country"] = BotCommand.Region,
        ["change country"] = BotCommand.Region,
    };

    /// <summary>The command <paramref name="text"/> is, and for "region XX" the region asked for (normalized, or the raw text when unknown).</summary>
    public static (BotCommand Command, string? Argument) Parse(string? text)
    {
        var normalized = Normalize(text);
        if (Phrases.TryGetValue(normalized, out var command))
        {
            return (command, null);
        }

        var match = RegionPattern().Match(normalized);
        return match.Success ? (BotCommand.Region, match.Groups["region"].Value) : (BotCommand.None, null);
    }

    private static string Normalize(string? text) =>
        Spaces().Replace((text ?? "").Trim().TrimEnd('.', '!', '?').ToLowerInvariant(), " ");

    [GeneratedRegex(@"^(?:set |change )?(?:my )?(?:region|country)(?: to| is|:)? (?<region>[a-z][a-z ]{1,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
