using Microsoft.Data.Sqlite;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class RestartTests
{
    [Fact]
    public async Task A_conversation_carries_on_after_the_host_restarts()
    {
        using var folder = new TempFolder();
        using (var first = BotAppFactory.OnDataFolder(folder.Path))
        {
            using var client = first.CreateClient();
            await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd", conversationId: "restart"));
        }

        SqliteConnection.ClearAllPools();
        using var second = BotAppFactory.OnDataFolder(folder.Path);
        using var again = second.CreateClient();
        var (_, activities) = await ActivityJson.PostAsync(again, ActivityJson.Message("tell me more", conversationId: "restart"));

        var text = (string?)Assert.Single(activities)!["text"];
        Assert.Contains(FakeAnswerPipeline.PtsdNextPassage, text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.ShortDisclaimer, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_website_visitors_token_still_works_after_the_host_restarts()
    {
        using var folder = new TempFolder();
        string token;
        using (var first = BotAppFactory.OnDataFolder(folder.Path))
        {
            using var client = first.CreateClient();
            var issued = await client.PostAsync("/api/webchat/token", null);
            token = (string)System.Text.Json.Nodes.JsonNode.Parse(await issued.Content.ReadAsStringAsync())!["token"]!;
        }

        using var second = BotAppFactory.OnDataFolder(folder.Path);
        using var again = second.CreateClient();
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var response = await again.SendAsync(start);

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        Assert.True(Directory.Exists(Path.Combine(folder.Path, "keys")));
    }
}
