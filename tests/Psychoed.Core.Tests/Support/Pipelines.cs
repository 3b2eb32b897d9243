using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Core.Tests.Support;

/// <summary>Builds pipelines over the built-in safety data and the fake search.</summary>
public static class Pipelines
{
    public static SafetyCatalog Catalog => SafetyCatalogLoader.BuiltIn;

    public static SafetyScreen Screen { get; } = new(SafetyCatalogLoader.BuiltIn);

    public static AnswerPipeline Create(FakePassageSearch? search = null, PipelineOptions? options = null) =>
        new(search ?? new FakePassageSearch(), Catalog, options);

    public static Reply Ask(string text, ConversationMemory? memory = null, PipelineOptions? options = null, FakePassageSearch? search = null) =>
        Create(search, options).Answer(text, memory ?? new ConversationMemory());
}
