using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Psychoed.Bot.Admin;
using Psychoed.Bot.Data;
using Psychoed.Bot.Tests.Support;
using Psychoed.Data;

namespace Psychoed.Bot.Tests.Hosting;

/// <summary>The database goes away while the bot runs (a file now stands where its folder was): the bot still answers.</summary>
public sealed class DatabaseDownTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotAppFactory _factory = new();
    private readonly WebApplicationFactory<Program> _app;

    public DatabaseDownTests()
    {
        var blocker = _folder.File("not-a-folder");
        File.WriteAllText(blocker, "");
        var unreachable = new PsychoedDatabase(Path.Combine(blocker, PsychoedDatabase.FileName));
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            // Start-up refuses a database it cannot open; this is the database failing later.
            BotAppFactory.RemoveHostedService<DatabaseStartup>(services);
            BotAppFactory.RemoveHostedService<AdminStartup>(services);
            services.RemoveAll<PsychoedDatabase>();
            services.AddSingleton(unreachable);
        }));
    }

    [Fact]
    public async Task A_crisis_message_still_gets_the_crisis_resources_when_the_database_is_down()
    {
        using var client = _app.CreateClient();

        var (response, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("I want to kill myself", conversationId: "down-crisis"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activity = Assert.Single(activities)!;
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", (string?)activity["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_and_feedback_are_answered_without_an_error_when_the_database_is_down()
    {
        using var client = _app.CreateClient();

        var (_, answer) = await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd", conversationId: "down-answer"));
        var (_, gap) = await ActivityJson.PostAsync(client, ActivityJson.Message("who won the match", conversationId: "down-answer"));
        var press = ActivityJson.Message("", conversationId: "down-answer");
        press["value"] = new JsonObject { ["feedback"] = "up", ["passageId"] = "ptsd-basics#0" };
        var (_, thanks) = await ActivityJson.PostAsync(client, press);

        Assert.Contains(FakeAnswerPipeline.PtsdPassage, (string?)Assert.Single(answer)!["text"], StringComparison.Ordinal);
        Assert.Contains("outside what our articles cover", (string?)Assert.Single(gap)!["text"], StringComparison.Ordinal);
        Assert.Contains("Thanks for letting us know", (string?)Assert.Single(thanks)!["text"], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
        _folder.Dispose();
    }
}
