namespace Psychoed.Core.Eval;

/// <summary>Recall@1, Recall@3 and MRR over in-scope outcomes; "not covered" rates.</summary>
internal sealed record RetrievalMetrics(int Count, double RecallAt1, double RecallAt3, double Mrr, double NotCoveredRate, double AnsweredRightAt1)
{
    public static RetrievalMetrics Of(IReadOnlyCollection<EvalOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return new RetrievalMetrics(0, 0, 0, 0, 0, 0);
        }

        double n = outcomes.Count;
        return new RetrievalMetrics(
            outcomes.Count,
            outcomes.Count(o => o.Rank == 1) / n,
            outcomes.Count(o => o.Rank is >= 1 and <= 3) / n,
            outcomes.Sum(o => o.Rank > 0 ? 1.0 / o.Rank : 0) / n,
            outcomes.Count(o => !o.Answerable) / n,
            outcomes.Count(o => o.Answerable && o.Rank == 1) / n);
    }

    /// <summary>Share of outcomes the engine declared not covered.</summary>
    public static double NotCovered(IReadOnlyCollection<EvalOutcome> outcomes) =>
        outcomes.Count == 0 ? 0 : outcomes.Count(o => !o.Answerable) / (double)outcomes.Count;
}
