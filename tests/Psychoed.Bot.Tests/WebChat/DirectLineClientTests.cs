using Psychoed.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>The real botframework-directlinejs client (Node) against the bot on Kestrel.</summary>
public sealed class DirectLineClientTests(ITestOutputHelper output)
{
    [NodeFact]
    public async Task The_directlinejs_client_talks_to_the_embedded_direct_line()
    {
        await using var server = new KestrelBotServer(() => new ScriptedBot());

        await RunAsync(server, new Dictionary<string, string>());
    }

    [NodeFact]
    public async Task The_directlinejs_client_gets_a_cited_answer_card_from_the_psychoed_bot()
    {
        await using var server = new KestrelBotServer();
        await server.WaitUntilReadyAsync();

        await RunAsync(server, new Dictionary<string, string>
        {
            ["PSYCHOED_QUESTION"] = "What is a panic attack?",
            ["PSYCHOED_EXPECT_IN_CARD"] = "Source: Panic attacks",
        });
    }

    private async Task RunAsync(KestrelBotServer server, Dictionary<string, string> environment)
    {
        environment["PSYCHOED_BASE_URL"] = server.BaseUrl;
        var (exitCode, log) = await NodeTool.RunTestFileAsync("directline.test.mjs", environment, TimeSpan.FromMinutes(3));

        output.WriteLine(log);
        Assert.True(exitCode == 0, "node --test directline.test.mjs failed:\n" + log);
    }
}
