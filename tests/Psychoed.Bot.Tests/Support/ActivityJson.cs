using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Psychoed.Bot.Tests.Support;

/// <summary>Builds the JSON of incoming Bot Framework activities for HTTP tests.</summary>
internal static class ActivityJson
{
    public static JsonObject Message(string text, string conversationId = "conv-1", string channelId = "test", string? deliveryMode = "expectReplies") =>
        new()
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = deliveryMode,
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Visitor" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Psychoed" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["text"] = text,
        };

    /// <summary>Posts an activity to /api/messages and returns the parsed <c>expectReplies</c> body.</summary>
    public static async Task<(HttpResponseMessage Response, JsonArray Activities)> PostAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        var activities = body.Length == 0 ? [] : JsonNode.Parse(body)?["activities"]?.AsArray() ?? [];
        return (response, activities);
    }
}
