namespace Psychoed.Core.Search;

/// <summary>What the corpus says about a question, or that it does not cover it.</summary>
public sealed record SearchResult
{
    /// <summary>The question as asked.</summary>
    public required string Query { get; init; }

    /// <summary>False when the evidence is too weak: the corpus does not cover the question.</summary>
    public required bool Answerable { get; init; }

    /// <summary>Ranked passages, best first (may be non-empty even when not answerable, for audit).</summary>
    public IReadOnlyList<PassageHit> Hits { get; init; } = [];

    /// <summary>The 1-3 most relevant sentences of the best passage; empty when not answerable.</summary>
    public string Highlight { get; init; } = "";

    /// <summary>2-3 related articles, never the best passage's own article, never one twice.</summary>
    public IReadOnlyList<RelatedArticle> Related { get; init; } = [];

    /// <summary>Why the result is what it is (e.g. "empty query", "below threshold"), for logs and eval.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The evidence behind <see cref="Answerable"/>: lexical coverage of the best passage and, when the
    /// search was hybrid, its dense similarity, so a caller can offer the nearest articles on weak evidence.
    /// </summary>
    public Evidence Evidence { get; init; } = Evidence.None;

    /// <summary>
    /// Not answerable, yet the best passages are close enough in meaning (dense similarity at least
    /// <see cref="SearchOptions.NearestDenseSimilarity"/>) to offer their articles rather than say "not covered".
    /// </summary>
    public bool OfferNearest { get; init; }

    /// <summary>True when the corpus answers, but the best passage matches little of the question.</summary>
    public bool LowConfidence { get; init; }

    /// <summary>The best hit, when answerable.</summary>
    public PassageHit? Best => Answerable && Hits.Count > 0 ? Hits[0] : null;

    /// <summary>A result for a question the corpus does not cover.</summary>
    public static SearchResult NotCovered(string query, string reason, IReadOnlyList<PassageHit>? hits = null, Evidence? evidence = null) =>
        new() { Query = query, Answerable = false, Reason = reason, Hits = hits ?? [], Evidence = evidence ?? Evidence.None };
}
