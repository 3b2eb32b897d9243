using Psychoed.Core.Search;

namespace Psychoed.Core.Eval;

/// <summary>How <see cref="EvalRunner"/> runs.</summary>
public sealed class EvalRunOptions
{
    /// <summary>The search configuration under test (its data folder holds the index).</summary>
    public SearchOptions Search { get; init; } = new();

    /// <summary>The sentence-embedding model for hybrid search; null evaluates BM25 only.</summary>
    public Semantic.ITextEncoder? Encoder { get; init; }

    /// <summary>Also try a grid of BM25 k1/b values and report each.</summary>
    public bool TuneBm25 { get; init; }

    /// <summary>How many misses to list at most.</summary>
    public int MaxMisses { get; init; } = 60;

    /// <summary>
    /// Which half of the set the misses list shows: tuning by looking at the odd half only keeps the
    /// even half's figures an honest measure of generalisation.
    /// </summary>
    public EvalHalf MissesFrom { get; init; } = EvalHalf.All;
}
