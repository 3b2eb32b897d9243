using System.Text.Json.Serialization;

namespace Psychoed.Cli.Answering;

/// <summary>A citation in <see cref="ReplyJson"/>.</summary>
internal sealed record CitationJson(
    [property: JsonPropertyName("articleId")] string ArticleId,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("topics")] IReadOnlyList<string> Topics);
