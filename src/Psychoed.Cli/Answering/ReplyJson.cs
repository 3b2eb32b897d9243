using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Cli.Answering;

/// <summary>The JSON shape of a reply printed by <c>psychoed ask --json/--jsonl</c>.</summary>
internal sealed record ReplyJson(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("safety")] string Safety,
    [property: JsonPropertyName("category")] string? Category,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("disclaimer")] string Disclaimer,
    [property: JsonPropertyName("referral")] string Referral,
    [property: JsonPropertyName("resources")] IReadOnlyList<ResourceJson> Resources,
    [property: JsonPropertyName("rule")] string? Rule,
    [property: JsonPropertyName("conversation")] string? Conversation,
    [property: JsonPropertyName("turn")] int Turn)
{
    // Relaxed escaping keeps "&" and accents readable; output goes to files and terminals, never into HTML.
    private static readonly JsonSerializerOptions _options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static ReplyJson From(Reply reply, string? conversation = null, int turn = 1) => new(
        reply.Kind.ToName(),
        reply.Safety.ToName(),
        reply.Category is { } category ? category.ToName() : null,
        reply.Text,
        reply.Citations.Select(c => new CitationJson(c.ArticleId, c.Title, c.Section, c.Topics)).ToList(),
        reply.Disclaimer,
        reply.Referral,
        reply.Resources.Select(r => new ResourceJson(r.Name, r.Contact)).ToList(),
        reply.Kind is ReplyKind.Crisis or ReplyKind.Refusal ? reply.Rule : null,
        conversation,
        turn);

    /// <summary>One line of JSON.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, _options);
}
