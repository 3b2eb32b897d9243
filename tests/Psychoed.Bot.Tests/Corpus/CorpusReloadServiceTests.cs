using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Corpus;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Corpus;

public sealed class CorpusReloadServiceTests
{
    [Fact]
    public async Task A_corpus_folder_that_appears_after_start_is_watched_and_loaded()
    {
        var late = Path.Combine(Path.GetTempPath(), "psychoed-late-corpus-" + Guid.NewGuid().ToString("N"));
        using var harness = new ReloadHarness(late);
        var reload = Options.Create(new ReloadOptions { Debounce = TimeSpan.FromMilliseconds(20), RetryDelay = TimeSpan.FromMilliseconds(20) });
        using var service = new CorpusReloadService(harness.Server, harness.BotOptions, reload, TimeProvider.System, NullLogger<CorpusReloadService>.Instance);
        try
        {
            await service.StartAsync(CancellationToken.None);
            var missing = await WaitForAsync(harness, s => s.Reloads >= 1);
            Assert.Equal("failed", missing.LastResult);

            CopyFolder(harness.Corpus.Root, late);
            var loaded = await WaitForAsync(harness, s => s.LastResult == "ok");

            Assert.Equal("ok", loaded.LastResult);
            Assert.True(harness.Index.IsReady);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
            if (Directory.Exists(late))
            {
                Directory.Delete(late, recursive: true);
            }
        }
    }

    /// <summary>Polls the status; the bound only keeps a broken test from hanging.</summary>
    private static async Task<Psychoed.Core.Corpus.CorpusStatus> WaitForAsync(ReloadHarness harness, Func<Psychoed.Core.Corpus.CorpusStatus, bool> done)
    {
        for (var i = 0; i < 600 && !done(harness.Status.Current); i++)
        {
            await Task.Delay(50);
        }

        return harness.Status.Current;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
