using System.Globalization;
using Psychoed.Core.Search;

namespace Psychoed.Core.Eval;

/// <summary>Turns retrieval outcomes into report sections: metrics with targets, tables and misses.</summary>
internal static class RetrievalReport
{
    private static readonly float[] DomainGrid = [0f, 0.05f, 0.1f, 0.15f, 0.2f, 0.3f];
    private static readonly int[] ConceptsGrid = [3, 4, 5, 6, 8, int.MaxValue];
    private static readonly float[] CoverageGrid = [0.2f, 0.3f, 0.4f];

    public static EvalSection Build(string title, List<EvalOutcome> outcomes, IReadOnlyDictionary<string, string> mainTopics, EvalRunOptions options)
    {
        var section = new EvalSection(title);
        var inScope = outcomes.Where(o => o.Case.Group == EvalGroup.InScope).ToList();
        var outOfScope = outcomes.Where(o => o.Case.Group == EvalGroup.OutOfScope).ToList();
        var metrics = RetrievalMetrics.Of(inScope);
        section.Metrics.Add(new EvalMetric($"Recall@1 (in scope, n={inScope.Count})", metrics.RecallAt1, 0.85));
        section.Metrics.Add(new EvalMetric("Recall@3", metrics.RecallAt3, 0.95));
        section.Metrics.Add(new EvalMetric("MRR", metrics.Mrr));
        section.Metrics.Add(new EvalMetric($"Out-of-scope 'not covered' accuracy (n={outOfScope.Count})", RetrievalMetrics.NotCovered(outOfScope), 0.95));
        section.Metrics.Add(new EvalMetric("False 'not covered' rate on in scope", metrics.NotCoveredRate, 0.05, HigherIsBetter: false));
        section.Metrics.Add(new EvalMetric("Answered with the right article first", metrics.AnsweredRightAt1));

        section.Tables.Add(Halves(inScope, outOfScope));
        section.Tables.Add(PerTopic(inScope, mainTopics));
        section.Tables.Add(DomainTradeOff(inScope, outOfScope, options.Search));
        section.Tables.Add(EverydayTradeOff(inScope, outOfScope, options.Search));
        AddMisses(section, inScope, outOfScope, options);
        return section;
    }

    public static EvalSection Baseline(string title, List<EvalOutcome> outcomes, float threshold)
    {
        var section = new EvalSection(title);
        var inScope = outcomes.Where(o => o.Case.Group == EvalGroup.InScope).ToList();
        var outOfScope = outcomes.Where(o => o.Case.Group == EvalGroup.OutOfScope).ToList();
        var metrics = RetrievalMetrics.Of(inScope);
        section.Metrics.Add(new EvalMetric($"Recall@1 (in scope, n={inScope.Count})", metrics.RecallAt1));
        section.Metrics.Add(new EvalMetric("Recall@3", metrics.RecallAt3));
        section.Metrics.Add(new EvalMetric("MRR", metrics.Mrr));
        section.Metrics.Add(new EvalMetric($"Out-of-scope 'not covered' accuracy (n={outOfScope.Count})", RetrievalMetrics.NotCovered(outOfScope)));
        section.Metrics.Add(new EvalMetric("False 'not covered' rate on in scope", metrics.NotCoveredRate));
        section.Lines.Add($"'Not covered' when the top BM25 score is under {threshold.ToString("0.00", CultureInfo.InvariantCulture)} (the in-scope 5th percentile, calibrated on this set).");
        return section;
    }

    /// <summary>The headline figures on each half of the set: odd-numbered cases tune, even-numbered ones are held out.</summary>
    public static EvalTable Halves(List<EvalOutcome> inScope, List<EvalOutcome> outOfScope)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (half, name) in new[] { (EvalHalf.All, "all"), (EvalHalf.Odd, "odd ids (tuning)"), (EvalHalf.Even, "even ids (held out)") })
        {
            var m = RetrievalMetrics.Of(inScope.Where(o => EvalHalves.Contains(half, o.Case)).ToList());
            var oos = outOfScope.Where(o => EvalHalves.Contains(half, o.Case)).ToList();
            rows.Add([name, m.Count.ToString(CultureInfo.InvariantCulture), F3(m.RecallAt1), F3(m.RecallAt3), F3(m.Mrr), F3(m.NotCoveredRate), oos.Count.ToString(CultureInfo.InvariantCulture), F3(RetrievalMetrics.NotCovered(oos))]);
        }

        return new EvalTable("Halves of the set", ["half", "n in scope", "R@1", "R@3", "MRR", "false not covered", "n out of scope", "OOS accuracy"], rows);
    }

    private static EvalTable PerTopic(List<EvalOutcome> inScope, IReadOnlyDictionary<string, string> mainTopics)
    {
        var rows = inScope
            .GroupBy(o => mainTopics.GetValueOrDefault(o.Case.Articles[0], "(unknown article)"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var m = RetrievalMetrics.Of(g.ToList());
                return (IReadOnlyList<string>)[g.Key, m.Count.ToString(CultureInfo.InvariantCulture), F(m.RecallAt1), F(m.RecallAt3), F(m.Mrr), F(m.NotCoveredRate)];
            })
            .ToList();
        return new EvalTable("Per topic (main topic of the first expected article)", ["topic", "n", "R@1", "R@3", "MRR", "not covered"], rows);
    }

    // Re-decides every case at other thresholds from the recorded evidence, without searching again.
    private static EvalTable DomainTradeOff(List<EvalOutcome> inScope, List<EvalOutcome> outOfScope, SearchOptions search)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var domain in DomainGrid.Append(search.MinDomainCoverage).Distinct().Order())
        {
            var options = search.Clone();
            options.MinDomainCoverage = domain;
            rows.Add([F(domain), .. Rates(inScope, outOfScope, options, domain == search.MinDomainCoverage)]);
        }

        return new EvalTable(
            "Answerability trade-off, questions with a mental-health word (* = configured): share of the question the best passage must match",
            ["min domain coverage", "OOS accuracy", "false not covered"],
            rows);
    }

    private static EvalTable EverydayTradeOff(List<EvalOutcome> inScope, List<EvalOutcome> outOfScope, SearchOptions search)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var concepts in ConceptsGrid.Append(search.MinConceptsWithoutDomain).Distinct().Order())
        {
            foreach (var coverage in CoverageGrid.Append(search.MinCoverage).Distinct().Order())
            {
                var options = search.Clone();
                (options.MinConceptsWithoutDomain, options.MinCoverage) = (concepts, coverage);
                var configured = concepts == search.MinConceptsWithoutDomain && coverage == search.MinCoverage;
                var name = concepts == int.MaxValue ? "never" : concepts.ToString(CultureInfo.InvariantCulture);
                rows.Add([name, F(coverage), .. Rates(inScope, outOfScope, options, configured)]);
            }
        }

        return new EvalTable(
            $"Answerability trade-off, questions without one (* = configured, min score {F(search.MinScore)}): how long the message must be, and its coverage",
            ["min concepts", "min coverage", "OOS accuracy", "false not covered"],
            rows);
    }

    private static string[] Rates(List<EvalOutcome> inScope, List<EvalOutcome> outOfScope, SearchOptions options, bool configured)
    {
        bool Covered(EvalOutcome o) => o.Ranked.Count > 0 && AnswerabilityPolicy.IsAnswerable(o.Evidence, options);
        var oosAccuracy = outOfScope.Count == 0 ? 0 : outOfScope.Count(o => !Covered(o)) / (double)outOfScope.Count;
        var falseNotCovered = inScope.Count == 0 ? 0 : inScope.Count(o => !Covered(o)) / (double)inScope.Count;
        return [F(oosAccuracy), F(falseNotCovered) + (configured ? " *" : "")];
    }

    private static void AddMisses(EvalSection section, List<EvalOutcome> inScope, List<EvalOutcome> outOfScope, EvalRunOptions options)
    {
        var max = options.MaxMisses;
        var misses = inScope.Where(o => o.Rank != 1 || !o.Answerable).ToList();
        var falseAnswers = outOfScope.Where(o => o.Answerable).ToList();
        section.Lines.Add($"Misses: {misses.Count} in scope (not first or not covered), {falseAnswers.Count} out of scope answered");
        if (options.MissesFrom != EvalHalf.All)
        {
            misses = misses.Where(o => EvalHalves.Contains(options.MissesFrom, o.Case)).ToList();
            falseAnswers = falseAnswers.Where(o => EvalHalves.Contains(options.MissesFrom, o.Case)).ToList();
            section.Lines.Add($"Listed: the {options.MissesFrom.ToString().ToLowerInvariant()} half only ({misses.Count} in scope, {falseAnswers.Count} out of scope)");
        }

        foreach (var o in misses.Take(max))
        {
            var rank = o.Rank == 0 ? "not ranked" : $"rank {o.Rank}";
            var covered = o.Answerable ? "" : $" NOT COVERED ({o.Evidence})";
            section.Lines.Add($"  {o.Case.Id} [{rank}]{covered} \"{Short(o.Case.Text)}\" want {string.Join('|', o.Case.Articles)}, got {string.Join(", ", o.Ranked.Take(3))}");
        }

        foreach (var o in falseAnswers.Take(max))
        {
            section.Lines.Add($"  {o.Case.Id} [answered] \"{Short(o.Case.Text)}\" got {o.Ranked.FirstOrDefault()} ({o.Evidence})");
        }
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..87] + "...";

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string F3(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
