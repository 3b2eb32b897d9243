namespace Psychoed.Core.Eval;

/// <summary>One part of the evaluation report (retrieval, baseline, safety ...), added by whoever measures it.</summary>
public sealed class EvalSection(string title)
{
    /// <summary>The section heading.</summary>
    public string Title { get; } = title;

    /// <summary>Headline figures, some with targets.</summary>
    public List<EvalMetric> Metrics { get; } = [];

    /// <summary>Tables (per topic, trade-offs ...).</summary>
    public List<EvalTable> Tables { get; } = [];

    /// <summary>Free lines (misses, notes).</summary>
    public List<string> Lines { get; } = [];

    /// <summary>True when every metric with a target meets it.</summary>
    public bool TargetsMet => Metrics.All(m => m.Met);
}
