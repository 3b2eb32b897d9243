using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Psychoed.Bot.Tests.Support;
using Psychoed.Core.Serving;

namespace Psychoed.Bot.Tests.Hosting;

/// <summary>The host on the repository's own corpus and the real search index.</summary>
public sealed class RealCorpusTests(RealCorpusAppFactory factory) : IClassFixture<RealCorpusAppFactory>
{
    [Fact]
    public async Task Readyz_turns_ok_once_the_corpus_and_index_are_loaded()
    {
        using var client = factory.CreateClient();

        await factory.LoadCorpusAsync();

        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var runtime = factory.Services.GetRequiredService<CorpusServer>();
        Assert.Null(runtime.LastError);
        Assert.True(runtime.LastIndexResult!.Passages > 100, runtime.LastIndexResult.ToString());
    }

    [Fact]
    public async Task A_question_gets_a_cited_answer_with_the_disclaimer_and_the_referral()
    {
        using var client = factory.CreateClient();
        await factory.LoadCorpusAsync();

        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("what is ptsd?", conversationId: "real-answer"));

        var activity = Assert.Single(activities)!;
        var text = (string?)activity["text"];
        Assert.Contains("Source: PTSD", text, StringComparison.Ordinal);
        Assert.Contains("not medical advice", text, StringComparison.Ordinal);
        Assert.Contains("1-800-662-4357", text, StringComparison.Ordinal);
        Assert.Equal(text, (string?)activity["attachments"]![0]!["content"]!["fallbackText"]);
    }

    [Fact]
    public async Task A_crisis_gets_the_resources_first_with_tappable_actions()
    {
        using var client = factory.CreateClient();
        await factory.LoadCorpusAsync();

        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("i want to kill myself", conversationId: "real-crisis"));

        var activity = Assert.Single(activities)!;
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", (string?)activity["text"], StringComparison.Ordinal);
        var first = activity["attachments"]![0]!["content"]!["body"]![0]!;
        Assert.Equal("Container", (string?)first["type"]);
        Assert.Equal("tel:988", (string?)first["selectAction"]!["url"]);
    }

    [Fact]
    public async Task The_welcome_carries_the_real_help_now_resources_and_disclaimer()
    {
        using var client = factory.CreateClient();
        await factory.LoadCorpusAsync();
        var update = ActivityJson.Message("", conversationId: "real-welcome");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "user-1" });

        var (_, activities) = await ActivityJson.PostAsync(client, update);

        var text = (string?)Assert.Single(activities)!["text"];
        Assert.Contains("not a therapist", text, StringComparison.Ordinal);
        Assert.Contains("988 Suicide & Crisis Lifeline", text, StringComparison.Ordinal);
        Assert.Contains("This chat is not monitored by a person", text, StringComparison.Ordinal);
    }
}
