using System.Text.Json;

namespace Psychoed.Cli.Answering;

/// <summary>
/// One line of <c>ask --jsonl</c> input: plain text (a conversation of its own), or a JSON object
/// <c>{"conversation": "id", "text": "...", "region": "GB"}</c> whose lines with the same conversation
/// id share memory, in order.
/// </summary>
internal sealed record AskLine(string Text, string? Conversation, string? Region)
{
    public static AskLine Parse(string line)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return new AskLine(line, null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && String(root, "text") is { } text
                ? new AskLine(text, String(root, "conversation"), String(root, "region"))
                : new AskLine(line, null, null);
        }
        catch (JsonException)
        {
            // Not JSON after all: a message that happens to start with a brace.
            return new AskLine(line, null, null);
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
