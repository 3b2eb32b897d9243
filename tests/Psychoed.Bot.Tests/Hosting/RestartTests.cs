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
}
