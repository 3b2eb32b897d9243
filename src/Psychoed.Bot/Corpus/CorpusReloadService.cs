using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Serving;

namespace Psychoed.Bot.Corpus;

/// <summary>
/// Watches the corpus folder and reloads it when files change: events are debounced (a burst of
/// saves is one reload), temporary and hidden files are ignored, and a failed reload leaves the old
/// index serving. The first reload runs at start, after the watcher is set up, so no change is missed.
/// </summary>
internal sealed class CorpusReloadService(
    CorpusServer server,
    IOptions<PsychoedOptions> options,
    IOptions<ReloadOptions> reloadOptions,
    TimeProvider clock,
    ILogger<CorpusReloadService> logger) : BackgroundService
{
    private readonly ChangeDebouncer _debouncer = new(reloadOptions.Value.Debounce, reloadOptions.Value.MaxDelay, clock);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var enabled = reloadOptions.Value.Enabled;
        var watcher = enabled ? TryWatch() : null;
        try
        {
            await ReloadSafelyAsync(stoppingToken);
            while (enabled && !stoppingToken.IsCancellationRequested)
            {
                if (watcher is null)
                {
                    // No watcher (folder missing, inotify limit): try again later, and reload once it
                    // works, since changes made in between were not seen.
                    await Task.Delay(reloadOptions.Value.RetryDelay, clock, stoppingToken);
                    watcher = TryWatch();
                    if (watcher is not null)
                    {
                        await ReloadSafelyAsync(stoppingToken);
                    }

                    continue;
                }

                var changes = await _debouncer.WaitForQuietAsync(stoppingToken);
                logger.LogInformation("Corpus changed ({Count} file event(s)); reloading", changes);
                await ReloadSafelyAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    private async Task ReloadSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await server.LoadAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Whatever went wrong, the old index keeps serving and the next change tries again.
            logger.LogError(e, "Corpus reload failed unexpectedly; the previous index keeps serving");
        }
    }

    private FileSystemWatcher? TryWatch()
    {
        var root = options.Value.CorpusPath;
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            logger.LogInformation("Watching {Root} for corpus changes", root);
            return watcher;
        }
        catch (Exception e) when (e is ArgumentException or IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            watcher?.Dispose();
            logger.LogWarning("Cannot watch the corpus folder {Root} ({Message}); trying again in {Delay}", root, e.Message, reloadOptions.Value.RetryDelay);
            return null;
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // A file renamed away from a real name (x.md -> x.md~) still changes the corpus.
        if (IsScratch(e.FullPath) && (e is not RenamedEventArgs renamed || IsScratch(renamed.OldFullPath)))
        {
            return;
        }

        _debouncer.Signal();
    }

    /// <summary>Atomic writes go through ".name.guid.tmp" files; editors leave "~" and ".swp" files.</summary>
    private static bool IsScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase);
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // A lost event (buffer overflow) is harmless: every reload reads the whole folder.
        logger.LogWarning(e.GetException(), "The corpus watcher reported an error; reloading everything");
        _debouncer.Signal();
    }
}
