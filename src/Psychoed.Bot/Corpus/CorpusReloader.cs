using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Corpus;

/// <summary>
/// One reload: load and validate the whole corpus, and only when it has no errors build the new
/// index beside the old one and swap it in (searches in flight finish on the old one), then hand the
/// corpus and its safety data to <see cref="CorpusRuntime"/>. With errors (in an article or in the
/// safety data) the old index and safety data keep serving, and the errors go to the log and the
/// status. At start, when nothing serves yet, the valid articles are served even if some files have errors.
/// </summary>
public sealed class CorpusReloader(
    IOptions<PsychoedOptions> options,
    SearchIndexManager index,
    CorpusRuntime runtime,
    CorpusStatusTracker status,
    TimeProvider clock,
    ILogger<CorpusReloader> logger)
{
    private const int MaxErrorsKept = 50;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Reloads the corpus; never throws except on cancellation.</summary>
    public async Task<CorpusStatus> ReloadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            return await ReloadLockedAsync(now, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever failed (a parser or index bug), the previous version keeps serving and the status
            // says so: "ok" must never stand while the files on disk cannot be served.
            logger.LogError(e, "Corpus reload failed unexpectedly; the previous version keeps serving");
            return await FailedAsync(now, "", [$"{options.Value.CorpusPath}: the reload failed: {e.Message}"], 0, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CorpusStatus> ReloadLockedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var root = options.Value.CorpusPath;
        CorpusSnapshot snapshot;
        try
        {
            snapshot = await CorpusLoader.LoadAsync(root, cancellationToken, clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder renamed or deleted while the loader walked it; the next change event retries.
            return await FailedAsync(now, "", [$"{root}: the corpus could not be read: {e.Message}"], 0, cancellationToken);
        }

        var errors = snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        var warnings = snapshot.Diagnostics.Count - errors.Count;
        var starting = !index.IsReady;
        // At start, the valid articles are better than nothing; an empty or unreadable corpus is not.
        if (errors.Count > 0 && (!starting || !snapshot.Published.Any()))
        {
            return await FailedAsync(now, snapshot.ContentHash, errors, warnings, cancellationToken);
        }

        // A broken safety file must not replace working safety data; the built-in copy only stands in at start.
        var safetyFolder = SafetyCatalogLoader.FolderOf(root);
        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(safetyFolder, cancellationToken);
        if (catalog.Diagnostics.Count > 0 && Directory.Exists(safetyFolder) && runtime.Current is not null)
        {
            return await FailedAsync(now, snapshot.ContentHash, catalog.Diagnostics.Select(d => $"safety: {d}").ToList(), warnings, cancellationToken);
        }

        var result = starting ? await index.OpenAsync(snapshot, cancellationToken) : await index.RebuildAsync(snapshot, cancellationToken);
        if (!result.Succeeded)
        {
            return await FailedAsync(now, snapshot.ContentHash, [$"index build failed: {result.Error}"], warnings, cancellationToken);
        }

        runtime.Serve(new LoadedCorpus(snapshot, catalog), result);

        logger.LogInformation("Corpus reloaded from {Root}: {Result}", root, result);
        if (errors.Count > 0)
        {
            LogErrors(errors);
        }

        await status.UpdateAsync(s => s with
        {
            CorpusPath = root,
            ServingVersion = snapshot.ContentHash,
            LastAttemptVersion = snapshot.ContentHash,
            ArticlesByStatus = snapshot.Articles.GroupBy(a => ArticleParser.StatusName(a.Status)).ToDictionary(g => g.Key, g => g.Count()),
            Passages = result.Passages,
            LastReloadUtc = now,
            LastSuccessUtc = now,
            LastResult = errors.Count == 0 ? "ok" : "failed",
            Errors = errors.Take(MaxErrorsKept).ToList(),
            Warnings = warnings,
            Reloads = s.Reloads + 1,
        }, cancellationToken);
        return status.Current;
    }

    private async Task<CorpusStatus> FailedAsync(DateTimeOffset now, string attempted, List<string> errors, int warnings, CancellationToken cancellationToken)
    {
        LogErrors(errors);
        await status.UpdateAsync(s => s with
        {
            CorpusPath = options.Value.CorpusPath,
            LastAttemptVersion = attempted,
            LastReloadUtc = now,
            LastResult = "failed",
            Errors = errors.Take(MaxErrorsKept).ToList(),
            Warnings = warnings,
            Reloads = s.Reloads + 1,
        }, cancellationToken);
        return status.Current;
    }

    private void LogErrors(List<string> errors)
    {
        logger.LogWarning("Corpus reload found {Count} error(s); {Serving}:\n{Errors}",
            errors.Count,
            index.IsReady ? "the previous index keeps serving" : "no index is serving",
            string.Join('\n', errors.Take(20)));
    }
}
