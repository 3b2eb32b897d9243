using System.Text.Json;
using System.Text.RegularExpressions;

namespace Psychoed.Core.Conversation;

/// <summary>
/// What a button press carries back: a rating of a passage (with an optional comment), or a text to
/// say on the user's behalf. Channels hand over the button's value as JSON; anything else is ignored.
/// </summary>
public sealed partial record TurnAction(bool? Feedback, string? PassageId, string? Comment, string? Say)
{
    /// <summary>The action in a button value (a JSON object), or null when it carries none.</summary>
    public static TurnAction? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || !json.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return From(document.RootElement);
        }
        catch (JsonException)
        {
            // A malformed value from a client is not an action; the turn goes on as a plain message.
            return null;
        }
    }

    private static TurnAction? From(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
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
        return feedback is null && say is null ? null : new TurnAction(feedback, PassageIdOf(data), Text(data, "comment"), say);
    }

    // The passage id comes back from the client and is stored and logged as is: only a real passage
    // id ("article-slug#3") is kept, so free text (perhaps personal) cannot ride in through it.
    private static string? PassageIdOf(JsonElement data) =>
        Text(data, "passageId") is { Length: <= 200 } id && PassageIdPattern().IsMatch(id) ? id : null;

    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*#[0-9]{1,6}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PassageIdPattern();

    private static string? Text(JsonElement data, string name)
    {
        foreach (var property in data.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString()?.Trim();
            }
        }

        return null;
    }
}
