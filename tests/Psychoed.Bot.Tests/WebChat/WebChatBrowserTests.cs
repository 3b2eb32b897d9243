using System.Text.Json;
using Psychoed.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>
/// The chat page in headless Chromium (playwright-core, Debian's browser), against the bot on Kestrel:
/// every browser test with a stand-in bot whose replies are fixed, and the main conversation with the
/// Psychoed bot itself. Screenshots go to artifacts/e2e/.
/// </summary>
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

        await RunAsync(server, "scripted-bot", expectations, testNamePattern: null);
    }

    [BrowserFact]
    public async Task The_psychoed_bot_answers_with_its_source_and_puts_crisis_help_first_in_a_real_browser()
    {
        await using var server = new KestrelBotServer();
        await server.WaitUntilReadyAsync();
        var expectations = new
        {
            welcome = "an information assistant",
            question = "What is a panic attack?",
            // The passage's source, the referral's concrete contact, and the disclaimer.
            answer = new[] { "Source: Panic attacks", "SAMHSA National Helpline", "not medical advice" },
            crisisQuestion = "I want to kill myself",
            // Words only the crisis reply has (the welcome names 988 too).
            crisis = new[] { "glad you told me", "Text HOME to 741741" },
            crisisFirst = "988 Suicide & Crisis Lifeline",
            crisisAfter = new[] { "glad you told me" },
        };

        await RunAsync(server, "psychoed-bot", expectations, testNamePattern: "the chat page answers");
    }

    private async Task RunAsync(KestrelBotServer server, string screenshots, object expectations, string? testNamePattern)
    {
        var (exitCode, log) = await NodeTool.RunTestFileAsync("webchat.e2e.test.mjs", new Dictionary<string, string>
        {
            ["PSYCHOED_BASE_URL"] = server.BaseUrl,
            ["PSYCHOED_SCREENSHOTS"] = ScreenshotFolder(screenshots),
            ["PSYCHOED_EXPECT"] = JsonSerializer.Serialize(expectations),
            ["CHROMIUM_PATH"] = NodeTool.ChromiumPath,
        }, TimeSpan.FromMinutes(4), testNamePattern);

        output.WriteLine(log);
        Assert.True(exitCode == 0, "node --test webchat.e2e.test.mjs failed:\n" + log);
    }

    // artifacts/e2e/<bot> at the repository root (git-ignored), kept after the run for people to look at.
    private static string ScreenshotFolder(string bot)
    {
        var repository = Directory.GetParent(NodeTool.TestsFolder)!.Parent!.Parent!.FullName;
        return Path.Combine(repository, "artifacts", "e2e", bot);
    }
}
