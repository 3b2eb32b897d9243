using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Search;
using Psychoed.Core.Serving;

namespace Psychoed.Bot.Tests.Support;

/// <summary>A real corpus server and index manager over a temporary corpus and data folder.</summary>
internal sealed class ReloadHarness : IDisposable
{
    private readonly TempFolder _data = new();

    /// <param name="corpusPath">Where the reloader looks for the corpus; the temporary corpus's folder when null.</param>
    public ReloadHarness(string? corpusPath = null)
    {
        var options = Options.Create(new PsychoedOptions { CorpusPath = corpusPath ?? Corpus.Root, DataPath = _data.Path });
        BotOptions = options;
        Index = new SearchIndexManager(new SearchOptions { DataPath = _data.Path });
        Server = new CorpusServer(options.Value.CorpusPath, _data.Path, Index, NullLogger.Instance);
    }

    public TempCorpus Corpus { get; } = new();

    public IOptions<PsychoedOptions> BotOptions { get; }

    public string DataPath => _data.Path;

    public SearchIndexManager Index { get; }

    public CorpusStatusTracker Status => Server.Status;

    public CorpusServer Server { get; }

    public void Dispose()
    {
        Index.Dispose();
        Corpus.Dispose();
        _data.Dispose();
    }
}
