using Microsoft.Extensions.Logging;
using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Core.Serving;

/// <summary>
/// The one loader of what is served: safety data, corpus and search index, at start and on every
/// reload, for the bot and the CLI alike. It publishes the current <see cref="CorpusGeneration"/> and
/// the status. A load that fails leaves the previous generation serving; at start, the valid articles
/// of a corpus with errors are served rather than nothing.
/// </summary>
public sealed class CorpusServer
{
    private const int MaxErrorsKept = 50;
    private const int ErrorsLogged = 20;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _root;
    private readonly SearchIndexManager _index;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private CorpusGeneration? _current;

    /// <summary>Creates the server for the corpus under <paramref name="corpusPath"/>; call <see cref="LoadAsync"/> next.</summary>
    /// <param name="corpusPath">The corpus folder.</param>
    /// <param name="statusDataPath">Where the status file is written for staff; null writes none (the CLI's own loads).</param>
    /// <param name="index">The search index manager it builds and swaps.</param>
    /// <param name="logger">Where load results and errors go.</param>
    /// <param name="clock">The clock for dates in the status and the corpus rules.</param>
    public CorpusServer(string corpusPath, string? statusDataPath, SearchIndexManager index, ILogger logger, TimeProvider? clock = null)
    {
        _root = corpusPath;
        _index = index;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
        Status = new CorpusStatusTracker(corpusPath, statusDataPath, logger);
    }

    /// <summary>The corpus folder.</summary>
    public string CorpusPath => _root;

    /// <summary>The generation serving now, or null before the first successful load.</summary>
    public CorpusGeneration? Current => Volatile.Read(ref _current);

    /// <summary>The last index build or open.</summary>
    public IndexBuildResult? LastIndexResult { get; private set; }

    /// <summary>Why nothing serves, when nothing does; null once a generation serves.</summary>
    public string? LastError { get; private set; }

    /// <summary>The status of the last load attempt, as staff see it.</summary>
    public CorpusStatusTracker Status { get; }

    /// <summary>Loads the corpus and swaps it in when it is usable. Never throws for bad content.</summary>
    public async Task<CorpusStatus> LoadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await LoadLockedAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong, the previous generation keeps serving and the next change tries again.
            _logger.LogError(e, "Loading the corpus from {Root} failed unexpectedly", _root);
            return await FailedAsync(_clock.GetUtcNow(), "", [$"loading the corpus failed: {e.Message}"], 0, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<CorpusStatus> LoadLockedAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (!Directory.Exists(_root))
        {
            return await FailedAsync(now, "", [$"The corpus folder {_root} does not exist. Set Psychoed:CorpusPath (or Psychoed__CorpusPath) to the folder with articles/ and topics.yaml."], 0, cancellationToken);
        }

        CorpusSnapshot snapshot;
        try
        {
            snapshot = await CorpusLoader.LoadAsync(_root, cancellationToken, _clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder renamed or deleted while the loader walked it; the next change event retries.
            return await FailedAsync(now, "", [$"{_root}: the corpus could not be read: {e.Message}"], 0, cancellationToken);
        }

        var errors = snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        var warnings = snapshot.Diagnostics.Count - errors.Count;
        var starting = !_index.IsReady;
        // At start, the valid articles are better than nothing; an empty or unreadable corpus is not.
        if (errors.Count > 0 && (!starting || !snapshot.Published.Any()))
        {
            return await FailedAsync(now, snapshot.ContentHash, errors, warnings, cancellationToken);
        }

        // A broken safety file must not replace working safety data; the built-in copy only stands in at start.
        var safetyFolder = SafetyCatalogLoader.FolderOf(_root);
        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(safetyFolder, cancellationToken);
        if (catalog.Diagnostics.Count > 0 && Directory.Exists(safetyFolder) && Current is not null)
        {
            return await FailedAsync(now, snapshot.ContentHash, catalog.Diagnostics.Select(d => $"safety: {d}").ToList(), warnings, cancellationToken);
        }

        foreach (var problem in catalog.Diagnostics)
        {
            _logger.LogError("Safety data: {Problem}", problem);
        }

        var result = starting ? await _index.OpenAsync(snapshot, cancellationToken) : await _index.RebuildAsync(snapshot, cancellationToken);
        LastIndexResult = result;
        if (!result.Succeeded)
        {
            return await FailedAsync(now, snapshot.ContentHash, [$"The search index could not be built from {_root}: {result.Error}"], warnings, cancellationToken);
        }

        Volatile.Write(ref _current, new CorpusGeneration(snapshot, catalog));
        LastError = null;
        _logger.LogInformation("Corpus {Root}: {Published} published articles; {Index}", _root, snapshot.Published.Count(), result);
        if (errors.Count > 0)
        {
            LogErrors(errors);
        }

        await Status.UpdateAsync(s => s with
        {
            CorpusPath = _root,
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
        return Status.Current;
    }

    private async Task<CorpusStatus> FailedAsync(DateTimeOffset now, string attempted, List<string> errors, int warnings, CancellationToken cancellationToken)
    {
        if (Current is null)
        {
            LastError = errors.FirstOrDefault();
        }

        LogErrors(errors);
        await Status.UpdateAsync(s => s with
        {
            CorpusPath = _root,
            LastAttemptVersion = attempted,
            LastReloadUtc = now,
            LastResult = "failed",
            Errors = errors.Take(MaxErrorsKept).ToList(),
            Warnings = warnings,
            Reloads = s.Reloads + 1,
        }, cancellationToken);
        return Status.Current;
    }

    private void LogErrors(List<string> errors)
    {
        _logger.LogWarning("The corpus has {Count} error(s); {Serving}. Run `psychoed corpus validate` for the full list:\n{Errors}",
            errors.Count,
            _index.IsReady ? "the articles concerned are not served and the rest keep serving" : "no index is serving",
            string.Join('\n', errors.Take(ErrorsLogged)));
    }
}
