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

        var (exitCode, log) = await NodeTool.RunTestFileAsync("directline.test.mjs",
            new Dictionary<string, string> { ["PSYCHOED_BASE_URL"] = server.BaseUrl }, TimeSpan.FromMinutes(3));

        output.WriteLine(log);
        Assert.True(exitCode == 0, "node --test directline.test.mjs failed:\n" + log);
    }
}
