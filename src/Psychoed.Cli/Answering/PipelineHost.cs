using Psychoed.Core.Answers;
using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Cli.Answering;

/// <summary>
/// Builds the answer pipeline for the CLI the way the bot does: the corpus, its search index under
/// <c>--data</c>, the safety data from <c>corpus/safety</c> (the built-in copy when that is missing or
/// broken, with a warning), and the region.
/// </summary>
internal sealed class PipelineHost : IDisposable
{
    private readonly IDisposable? _owned;

    private PipelineHost(AnswerPipeline pipeline, IDisposable? owned)
    {
        Pipeline = pipeline;
        _owned = owned;
    }

    public AnswerPipeline Pipeline { get; }

    /// <summary>True when <paramref name="region"/> is a region the resources file knows.</summary>
    public static bool IsKnownRegion(string region) => SafetyCatalogLoader.BuiltIn.Resources.IsKnown(region);

    public static async Task<PipelineHost> CreateAsync(string corpus, string data, string region, TextWriter error, CancellationToken cancellationToken)
    {
        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(SafetyCatalogLoader.FolderOf(corpus), cancellationToken);
        foreach (var diagnostic in catalog.Diagnostics)
        {
            await error.WriteLineAsync("safety: " + diagnostic);
        }

        var snapshot = await CorpusLoader.LoadAsync(corpus, cancellationToken);
        foreach (var diagnostic in snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            await error.WriteLineAsync($"{diagnostic} (left out)");
        }

        var (search, owned) = await OpenSearchAsync(snapshot, data, error, cancellationToken);
        var options = new PipelineOptions { Region = region };
        return new PipelineHost(new AnswerPipeline(search, catalog, options, snapshot.Topics), owned);
    }

    public void Dispose() => _owned?.Dispose();

    private static async Task<(IPassageSearch Search, IDisposable? Owned)> OpenSearchAsync(
        CorpusSnapshot snapshot, string data, TextWriter error, CancellationToken cancellationToken)
    {
        var manager = new SearchIndexManager(new SearchOptions { DataPath = data }, CliEncoder.Get(error));
        try
        {
            var result = await manager.OpenAsync(snapshot, cancellationToken);
            if (!manager.IsReady)
            {
                await error.WriteLineAsync($"search: no index could be opened ({result}); answers will say the library is unavailable");
            }

            return (manager, manager);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            manager.Dispose();
            await error.WriteLineAsync($"search: {ex.Message}; answers will say the library is unavailable");
            return (new UnavailableSearch(), null);
        }
    }
}
