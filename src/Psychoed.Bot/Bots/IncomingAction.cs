using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.Bots;

/// <summary>What a card button or suggested action sent in an activity's <c>value</c>.</summary>
/// <param name="Feedback">True for 👍, false for 👎, null when this is not feedback.</param>
/// <param name="PassageId">The passage rated.</param>
/// <param name="Comment">The optional feedback comment.</param>
/// <param name="Say">Text a button sent on the user's behalf.</param>
internal sealed record IncomingAction(bool? Feedback, string? PassageId, string? Comment, string? Say)
{
    /// <summary>Reads the activity value; null when it is absent or not one of ours. Never throws.</summary>
    public static IncomingAction? Parse(object? value)
    {
        JObject? data;
        try
        {
            data = value switch
            {
                null => null,
                JObject o => o,
                string s when s.TrimStart().StartsWith('{') => JObject.Parse(s),
                _ => JObject.FromObject(value),
            };
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException)
        {
            return null;
        }

        if (data is null)
        {
            return null;
        }

        var feedback = Text(data, "feedback")?.ToLowerInvariant() switch
        {
            "up" => true,
            "down" => false,
            _ => (bool?)null,
        };
        var say = string.Equals(Text(data, "psychoed"), "say", StringComparison.Ordinal) ? Text(data, "text") : null;
        if (feedback is null && say is null)
        {
            return null;
        }

        return new IncomingAction(feedback, Text(data, "passageId"), Text(data, "comment"), say);
    }

    private static string? Text(JObject data, string name) =>
        data.TryGetValue(name, StringComparison.OrdinalIgnoreCase, out var token) && token.Type == JTokenType.String
            ? ((string?)token)?.Trim()
            : null;
}
