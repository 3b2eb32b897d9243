using Microsoft.Extensions.Options;
using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// The corpus the bot serves: loads it and its safety data from <see cref="PsychoedOptions.CorpusPath"/>
/// and opens (or builds) the search index under the data folder, off the request path. Until that
/// finishes the index reports not ready (<c>/readyz</c> is 503) while the safety screen already works
/// on the built-in safety data.
/// </summary>
public sealed class CorpusRuntime(SearchIndexManager search, IOptions<PsychoedOptions> options, ILogger<CorpusRuntime> logger)
{
    private const int ErrorsLogged = 20;

    /// <summary>The corpus loaded last, or null before the first load.</summary>
    public CorpusSnapshot? Snapshot => Current?.Snapshot;

    /// <summary>The corpus and safety data serving now, swapped as one reference; null before the first load.</summary>
    public LoadedCorpus? Current { get; private set; }

    /// <summary>What the last index open or build did.</summary>
    public IndexBuildResult? LastIndexResult { get; private set; }

    /// <summary>Why the last load failed, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Loads the corpus and opens its index; logs and records failures instead of throwing.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.CorpusPath;
        try
        {
            if (!Directory.Exists(path))
            {
                Fail($"The corpus folder {path} does not exist. Set Psychoed:CorpusPath (or Psychoed__CorpusPath) to the folder with articles/ and topics.yaml.");
                return;
            }

            var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(SafetyCatalogLoader.FolderOf(path), cancellationToken);
            foreach (var problem in catalog.Diagnostics)
            {
                logger.LogError("Safety data: {Problem}", problem);
            }

            var snapshot = await CorpusLoader.LoadAsync(path, cancellationToken);
            LogDiagnostics(snapshot);
            var result = await search.OpenAsync(snapshot, cancellationToken);
            LastIndexResult = result;
            if (!result.Succeeded)
            {
                Fail($"The search index could not be built from {path}: {result.Error}");
                return;
            }

            Current = new LoadedCorpus(snapshot, catalog);
            LastError = null;
            logger.LogInformation("Corpus {Path}: {Published} published articles; {Index}", path, snapshot.Published.Count(), result);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the corpus from {Path} failed", path);
            LastError = $"Loading the corpus from {path} failed: {ex.Message}";
        }
    }

    /// <summary>
    /// Serves a corpus the live reload loaded and validated, whose index it already swapped in
    /// (<see cref="Psychoed.Bot.Corpus.CorpusReloader"/>): corpus and safety data change as one reference.
    /// </summary>
    internal void Serve(LoadedCorpus corpus, IndexBuildResult result)
    {
        LastIndexResult = result;
        Current = corpus;
        LastError = null;
    }

    private void LogDiagnostics(CorpusSnapshot snapshot)
    {
        var errors = snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        // Articles with errors are left out; the rest are served. Staff fix them with `psychoed corpus validate`.
        logger.LogError("The corpus has {Count} error(s); the articles concerned are not served. Run `psychoed corpus validate` for the full list.", errors.Count);
        foreach (var error in errors.Take(ErrorsLogged))
        {
            logger.LogError("{Diagnostic}", error.ToString());
        }
    }

    private void Fail(string message)
    {
        LastError = message;
        logger.LogError("{Message}", message);
    }
}
