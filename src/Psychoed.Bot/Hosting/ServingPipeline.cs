using Microsoft.Extensions.Options;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// The bot's answer pipeline: Core's <see cref="AnswerPipeline"/> over the search index. It answers
/// from the first request with the built-in safety data, so crisis detection never waits for the
/// corpus, and switches to the corpus's own safety data and topics as soon as they are loaded (and
/// again whenever <see cref="CorpusRuntime"/> loads a new corpus).
/// </summary>
public sealed class ServingPipeline(IPassageSearch search, CorpusRuntime runtime, IOptions<PipelineOptions> options) : IAnswerPipeline
{
    private volatile Built? _built;

    /// <inheritdoc />
    public Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default) =>
        Current().AnswerAsync(text, memory, cancellationToken);

    private AnswerPipeline Current()
    {
        var loaded = runtime.Current;
        var built = _built;
        if (built is not null && ReferenceEquals(built.Source, loaded))
        {
            return built.Pipeline;
        }

        // Two requests racing here may both build; either result is correct and cheap to make.
        var pipeline = loaded is null
            ? new AnswerPipeline(search, SafetyCatalogLoader.BuiltIn, options.Value)
            : new AnswerPipeline(search, loaded.Catalog, options.Value, loaded.Snapshot.Topics);
        _built = new Built(loaded, pipeline);
        return pipeline;
    }

    private sealed record Built(LoadedCorpus? Source, AnswerPipeline Pipeline);
}
