namespace Psychoed.Core.Semantic;

/// <summary>How the sentence-embedding model runs. Bound from configuration by the host.</summary>
public sealed class EncoderOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Encoder";

    /// <summary>False turns semantic search off: retrieval is BM25 only.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Word pieces kept per text (the rest is cut). MiniLM was trained on 128; 256 is its sentence
    /// transformer limit. Cost grows faster than linearly with length.
    /// </summary>
    public int MaxTokens { get; set; } = 128;

    /// <summary>
    /// Threads one encoding may use. One gives the best throughput when several conversations encode
    /// at once on a small machine; more only lowers the latency of a lone request.
    /// </summary>
    public int IntraOpThreads { get; set; } = 1;

    /// <summary>Texts encoded per model call when embedding passages at index build.</summary>
    public int BatchSize { get; set; } = 16;
}
