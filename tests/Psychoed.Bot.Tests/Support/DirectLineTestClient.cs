using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Psychoed.Bot.Tests.Support;

/// <summary>A small Direct Line client over an in-memory HttpClient, for protocol tests.</summary>
internal sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public string Token { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>Gets a token from the page's endpoint and starts its conversation.</summary>
    public async Task<JsonObject> StartAsync()
    {
        var token = await ReadAsync(await http.PostAsync("/api/webchat/token", null), HttpStatusCode.OK);
        Token = (string)token["token"]!;
        ConversationId = (string)token["conversationId"]!;
        UserId = (string)token["userId"]!;
        return await ReadAsync(await SendAsync(HttpMethod.Post, "/v3/directline/conversations", "{}"), HttpStatusCode.Created);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string json, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities", json, token);

    public async Task<string> SayAsync(string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "forged-user", ["name"] = "Forger" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-1" },
        };
        var body = await ReadAsync(await PostActivityAsync(activity.ToJsonString()), HttpStatusCode.OK);
        return (string)body["id"]!;
    }

    public Task<HttpResponseMessage> GetActivitiesAsync(string? watermark = null, string? conversationId = null, string? token = null) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}", token: token);

    public async Task<(JsonArray Activities, string Watermark)> ReadActivitiesAsync(string? watermark = null)
    {
        var body = await ReadAsync(await GetActivitiesAsync(watermark), HttpStatusCode.OK);
        return (body["activities"]!.AsArray(), (string)body["watermark"]!);
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The error code of a Direct Line error body, after checking the status.</summary>
    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await ReadAsync(response, expected);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["error"]!["message"]));
        return (string)body["error"]!["code"]!;
    }

    public void Dispose() => http.Dispose();
}
