using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class StartupSafetyTests
{
    [Fact]
    public async Task A_crisis_is_answered_with_resources_before_the_corpus_has_loaded()
    {
        using var factory = new RealCorpusAppFactory();
        using var client = factory.CreateClient();

        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message("I want to end my life", conversationId: "early"));

        var text = (string?)Assert.Single(activities)!["text"];
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", text, StringComparison.Ordinal);
    }
}
