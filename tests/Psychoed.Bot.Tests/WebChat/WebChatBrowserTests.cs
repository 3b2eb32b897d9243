using System.Text.Json;
using Psychoed.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>The chat page in headless Chromium (playwright-core, Debian's browser), against the bot on Kestrel.</summary>
public sealed class WebChatBrowserTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task The_chat_page_works_in_a_real_browser()
    {
        await using var server = new KestrelBotServer(() => new ScriptedBot());
        var expectations = new
        {
            welcome = ScriptedBot.Welcome,
            question = "What is a panic attack?",
            answer = new[] { ScriptedBot.Source, ScriptedBot.Disclaimer, ScriptedBot.Referral },
            crisisQuestion = "I want to kill myself",
            crisis = new[] { ScriptedBot.CrisisLead, "988" },
        };

        var (exitCode, log) = await NodeTool.RunTestFileAsync("webchat.e2e.test.mjs", new Dictionary<string, string>
        {
            ["PSYCHOED_BASE_URL"] = server.BaseUrl,
            ["PSYCHOED_SCREENSHOTS"] = ScreenshotFolder(),
            ["PSYCHOED_EXPECT"] = JsonSerializer.Serialize(expectations),
            ["CHROMIUM_PATH"] = NodeTool.ChromiumPath,
        }, TimeSpan.FromMinutes(4));

        output.WriteLine(log);
        Assert.True(exitCode == 0, "node --test webchat.e2e.test.mjs failed:\n" + log);
    }

    // artifacts/e2e at the repository root (git-ignored), kept after the run for people to look at.
    private static string ScreenshotFolder()
    {
        var repository = Directory.GetParent(NodeTool.TestsFolder)!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "artifacts", "e2e");
    }
}
