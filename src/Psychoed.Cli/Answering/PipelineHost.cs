using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;
using Psychoed.Core.Serving;

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
        Engine = new ConversationEngine(pipeline);
        _owned = owned;
    }

    public AnswerPipeline Pipeline { get; }

    public ConversationEngine Engine { get; }

    /// <summary>The safety data the pipeline runs on.</summary>
    public SafetyCatalog Catalog => Pipeline.Catalog;

    /// <summary>True when <paramref name="region"/> is a region the resources file knows.</summary>
    public static bool IsKnownRegion(string region) => SafetyCatalogLoader.BuiltIn.Resources.IsKnown(region);

    public static async Task<PipelineHost> CreateAsync(string corpus, string data, string region, TextWriter error, CancellationToken cancellationToken)
    {
        var manager = new SearchIndexManager(new SearchOptions { DataPath = data }, CliEncoder.Get(error));
        try
        {
            // The same loader as the bot: safety data, corpus and index in one go.
            var server = new CorpusServer(corpus, statusDataPath: null, manager, NullLogger.Instance);
            var status = await server.LoadAsync(cancellationToken);
            var loaded = server.Current;
            foreach (var diagnostic in loaded?.Catalog.Diagnostics ?? [])
            {
                await error.WriteLineAsync("safety: " + diagnostic);
            }

            foreach (var problem in status.Errors)
            {
                await error.WriteLineAsync($"{problem} (left out)");
            }

            if (!manager.IsReady)
            {
                await error.WriteLineAsync($"search: no index could be opened ({server.LastError}); answers will say the library is unavailable");
            }

            var options = new PipelineOptions { Region = region };
            var pipeline = new AnswerPipeline(manager, loaded?.Catalog ?? SafetyCatalogLoader.BuiltIn, options, loaded?.Snapshot.Topics);
            return new PipelineHost(pipeline, manager);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            manager.Dispose();
            await error.WriteLineAsync($"search: {ex.Message}; answers will say the library is unavailable");
            return new PipelineHost(new AnswerPipeline(new UnavailableSearch(), SafetyCatalogLoader.BuiltIn, new PipelineOptions { Region = region }), null);
        }
    }

    public void Dispose() => _owned?.Dispose();
}
