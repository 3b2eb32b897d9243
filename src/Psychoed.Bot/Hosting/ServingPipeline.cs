using Microsoft.Extensions.Options;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;
using Psychoed.Core.Serving;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// The bot's answer pipeline: Core's <see cref="AnswerPipeline"/> over the search index. It answers
/// from the first request with the built-in safety data, so crisis detection never waits for the
/// corpus, and switches to the corpus's own safety data and topics as soon as they are loaded (and
/// again whenever the <see cref="CorpusServer"/> loads a new corpus).
/// </summary>
public sealed class ServingPipeline(IPassageSearch search, CorpusServer server, IOptions<PipelineOptions> options, ILogger<AnswerPipeline> logger) : IAnswerPipeline
{
    private volatile Built? _built;

    /// <inheritdoc />
    public SafetyCatalog Catalog => Current().Catalog;

    /// <inheritdoc />
    public Reply Answer(string text, ConversationMemory memory) => Current().Answer(text, memory);

    /// <inheritdoc />
    public Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default) =>
        Current().AnswerAsync(text, memory, cancellationToken);

    /// <inheritdoc />
    public Reply? Crisis(string text, ConversationMemory memory) => Current().Crisis(text, memory);

    /// <inheritdoc />
    public Reply Notice(string text, ConversationMemory memory, bool suggestTopics = false) => Current().Notice(text, memory, suggestTopics);

    /// <inheritdoc />
    public IReadOnlyList<HelpResource> HelpNowResources(ConversationMemory memory) => Current().HelpNowResources(memory);

    private AnswerPipeline Current()
    {
        var loaded = server.Current;
        var built = _built;
        if (built is not null && ReferenceEquals(built.Source, loaded))
        {
            return built.Pipeline;
        }

        // Two requests racing here may both build; either result is correct and cheap to make.
        var pipeline = loaded is null
            ? new AnswerPipeline(search, SafetyCatalogLoader.BuiltIn, options.Value, logger: logger)
            : new AnswerPipeline(search, loaded.Catalog, options.Value, loaded.Snapshot.Topics, logger);
        _built = new Built(loaded, pipeline);
        return pipeline;
    }

    private sealed record Built(CorpusGeneration? Source, AnswerPipeline Pipeline);
}
