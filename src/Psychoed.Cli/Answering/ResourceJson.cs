using System.Text.Json.Serialization;

namespace Psychoed.Cli.Answering;

/// <summary>A help contact in <see cref="ReplyJson"/>.</summary>
internal sealed record ResourceJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("contact")] string Contact);
