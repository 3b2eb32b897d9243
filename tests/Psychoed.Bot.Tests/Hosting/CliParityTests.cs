using System.Diagnostics;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

/// <summary>The CLI and the bot run the same conversation engine, so `psychoed ask` shows exactly what a user gets.</summary>
public sealed class CliParityTests(RealCorpusAppFactory factory) : IClassFixture<RealCorpusAppFactory>
{
    [Theory]
    [InlineData("i want to kill myself")]
    [InlineData("my husband hits me")]
    public async Task The_crisis_text_psychoed_ask_prints_is_word_for_word_what_the_bot_sends(string message)
    {
        using var client = factory.CreateClient();
        await factory.LoadCorpusAsync();
        var (_, activities) = await ActivityJson.PostAsync(client, ActivityJson.Message(message, conversationId: "parity-" + message.Length));
        var botText = (string?)Assert.Single(activities)!["text"];

        using var data = new TempFolder();
        var cliText = await AskAsync(message, data.Path);

        Assert.StartsWith("- ", botText, StringComparison.Ordinal);
        Assert.Equal(botText, cliText);
    }

    private static async Task<string> AskAsync(string message, string data)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var cli = Repository.Path("src", "Psychoed.Cli", "bin", configuration, "net10.0", "psychoed.dll");
        Assert.True(File.Exists(cli), $"the CLI was not built at {cli}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "ask", message, "--corpus", Repository.Path("corpus"), "--data", data })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        return (await output).TrimEnd('\n', '\r');
    }
}
