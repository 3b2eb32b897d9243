using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Corpus;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Tests.Support;

/// <summary>A real reloader, index manager and status tracker over a temporary corpus and data folder.</summary>
internal sealed class ReloadHarness : IDisposable
{
    private readonly TempFolder _data = new();

    /// <param name="corpusPath">Where the reloader looks for the corpus; the temporary corpus's folder when null.</param>
    public ReloadHarness(string? corpusPath = null)
    {
        var options = Options.Create(new PsychoedOptions { CorpusPath = corpusPath ?? Corpus.Root, DataPath = _data.Path });
        BotOptions = options;
        Index = new SearchIndexManager(new SearchOptions { DataPath = _data.Path });
        Status = new CorpusStatusTracker(options, NullLogger<CorpusStatusTracker>.Instance);
        Runtime = new CorpusRuntime(Index, options, NullLogger<CorpusRuntime>.Instance);
        Reloader = new CorpusReloader(options, Index, Runtime, Status, TimeProvider.System, NullLogger<CorpusReloader>.Instance);
    }

    public TempCorpus Corpus { get; } = new();

    public IOptions<PsychoedOptions> BotOptions { get; }

    public string DataPath => _data.Path;

    public SearchIndexManager Index { get; }

    public CorpusStatusTracker Status { get; }

    public CorpusRuntime Runtime { get; }

    public CorpusReloader Reloader { get; }

    public void Dispose()
    {
        Index.Dispose();
        Corpus.Dispose();
        _data.Dispose();
    }
}
