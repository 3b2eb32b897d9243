using System.Globalization;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;
using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Core.Eval;

/// <summary>
/// Runs the retrieval part of the evaluation: the Psychoed search and the baseline over the in-scope and
/// out-of-scope cases (crisis and tricky cases are measured by the safety evaluation, <see cref="SafetyEvaluation"/>), with targets.
/// </summary>
public static class EvalRunner
{
    /// <summary>Title of the Psychoed retrieval section.</summary>
    public const string RetrievalSection = "Retrieval (Psychoed passages)";

    /// <summary>Title of the baseline section.</summary>
    public const string BaselineSection = "Baseline (StandardAnalyzer BM25 over whole articles)";

    /// <summary>Title of the BM25 tuning section.</summary>
    public const string TuningSection = "BM25 k1/b tried (Psychoed passages)";

    private static readonly float[] K1Grid = [0.6f, 0.9f, 1.2f, 1.5f, 2.0f];
    private static readonly float[] BGrid = [0.3f, 0.5f, 0.75f, 0.9f];
    private static readonly float[] ArticleGrid = [0f, 1f, 2f, 3f, 4f, 6f];

    /// <summary>Builds (or reuses) the index for <paramref name="snapshot"/> and evaluates it on <paramref name="set"/>.</summary>
    public static async Task<EvalReport> RunAsync(CorpusSnapshot snapshot, EvalSet set, EvalRunOptions options, CancellationToken ct = default)
    {
        var report = new EvalReport();
        using var manager = new SearchIndexManager(options.Search, options.Encoder);
        var build = await manager.OpenAsync(snapshot, ct);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException(build.ToString());
        }

        var generation = manager.Acquire() ?? throw new InvalidOperationException("the index is not serving");
        try
        {
            var cases = set.Cases.Where(c => c.Group is EvalGroup.InScope or EvalGroup.OutOfScope).ToList();
            var searcher = new PassageSearcher(generation, options.Search, options.Encoder);
            var outcomes = cases.Select(c => Run(searcher, c)).ToList();
            var baseline = RunBaseline(snapshot, cases);
            var mainTopics = snapshot.Articles.ToDictionary(a => a.Id, a => a.Topics.FirstOrDefault() ?? "(none)");

            var retrieval = RetrievalReport.Build(RetrievalSection, outcomes, mainTopics, options);
            retrieval.Lines.Insert(0, $"Index {build.IndexId}: {build.Articles} articles, {build.Passages} passages ({build.Outcome.ToString().ToLowerInvariant()} in {build.Elapsed.TotalSeconds:0.0} s); k1={F(options.Search.K1)} b={F(options.Search.B)}, article weight {F(options.Search.ArticleScoreWeight)}; answerable when the question has a mental-health word and coverage >= {F(options.Search.MinDomainCoverage)}, else when it has >= {options.Search.MinConceptsWithoutDomain} concepts, coverage >= {F(options.Search.MinCoverage)} and score >= {F(options.Search.MinScore)}; {set.InGroup(EvalGroup.Crisis).Count() + set.InGroup(EvalGroup.Tricky).Count()} crisis/tricky cases left to the safety evaluation.");
            report.Sections.Add(retrieval);
            report.Sections.Add(RetrievalReport.Baseline(BaselineSection, baseline.Outcomes, baseline.Threshold));
            AddComparison(retrieval, outcomes, baseline.Outcomes);
            if (options.TuneBm25)
            {
                report.Sections.Add(Tune(generation, cases, options.Search));
            }

            report.Sections.Add(await RunSafetyAsync(snapshot, set, manager, options, ct));
        }
        finally
        {
            generation.Release();
        }

        return report;
    }

    // The safety evaluation runs every case through the real pipeline over the same index.
    private static async Task<EvalSection> RunSafetyAsync(
        CorpusSnapshot snapshot, EvalSet set, IPassageSearch search, EvalRunOptions options, CancellationToken ct)
    {
        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(SafetyCatalogLoader.FolderOf(snapshot.Root), ct);
        // Through the conversation engine, so the eval measures exactly the replies users get.
        var engine = new ConversationEngine(new AnswerPipeline(search, catalog, new PipelineOptions(), snapshot.Topics));
        var section = SafetyEvaluation.Run(set, engine, options.MaxMisses);
        section.Lines.InsertRange(0, catalog.Diagnostics.Select(d => "safety data: " + d));
        return section;
    }

    private static EvalOutcome Run(PassageSearcher searcher, EvalCase item)
    {
        var (result, evidence) = searcher.SearchWithEvidence(item.Text);
        var ranked = result.Hits.Select(h => h.Passage.ArticleId).Distinct().ToList();
        return new EvalOutcome(item, ranked, result.Answerable, evidence, result.Hits.FirstOrDefault()?.Score ?? 0, result.Reason);
    }

    // The baseline's "not covered" threshold is calibrated the same way: the highest top score that keeps
    // false "not covered" on in-scope questions at or under 5%.
    private static (List<EvalOutcome> Outcomes, float Threshold) RunBaseline(CorpusSnapshot snapshot, List<EvalCase> cases)
    {
        using var baseline = new BaselineSearch(snapshot.Published);
        var raw = cases.Select(c => (Case: c, Result: baseline.Search(c.Text))).ToList();
        var inScope = raw.Where(r => r.Case.Group == EvalGroup.InScope).Select(r => r.Result.TopScore).Order().ToList();
        var threshold = inScope.Count == 0 ? 0 : inScope[(int)Math.Floor(inScope.Count * 0.05)];
        var outcomes = raw
            .Select(r => new EvalOutcome(r.Case, r.Result.Articles, r.Result.TopScore > 0 && r.Result.TopScore >= threshold, Evidence.None, r.Result.TopScore, null))
            .ToList();
        return (outcomes, threshold);
    }

    private static void AddComparison(EvalSection retrieval, List<EvalOutcome> ours, List<EvalOutcome> baseline)
    {
        var a = RetrievalMetrics.Of(ours.Where(o => o.Case.Group == EvalGroup.InScope).ToList());
        var b = RetrievalMetrics.Of(baseline.Where(o => o.Case.Group == EvalGroup.InScope).ToList());
        retrieval.Metrics.Add(new EvalMetric("Recall@1 gain over baseline", a.RecallAt1 - b.RecallAt1, 0.05));
        retrieval.Metrics.Add(new EvalMetric("MRR gain over baseline", a.Mrr - b.Mrr, 0.05));
    }

    private static EvalSection Tune(IndexGeneration generation, List<EvalCase> cases, SearchOptions current)
    {
        var section = new EvalSection(TuningSection);
        var inScope = cases.Where(c => c.Group == EvalGroup.InScope).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var k1 in K1Grid)
        {
            foreach (var b in BGrid)
            {
                var options = current.Clone();
                options.K1 = k1;
                options.B = b;
                rows.Add([F(k1), F(b), .. Ranking(generation, inScope, options, k1 == current.K1 && b == current.B)]);
            }
        }

        section.Tables.Add(new EvalTable("In-scope ranking by k1 and b (* = configured)", ["k1", "b", "Recall@1", "Recall@3", "MRR", "R@1 odd", "R@1 even"], rows));

        var articleRows = new List<IReadOnlyList<string>>();
        foreach (var weight in ArticleGrid.Append(current.ArticleScoreWeight).Distinct().Order())
        {
            var options = current.Clone();
            options.ArticleScoreWeight = weight;
            articleRows.Add([F(weight), .. Ranking(generation, inScope, options, weight == current.ArticleScoreWeight)]);
        }

        section.Tables.Add(new EvalTable(
            "In-scope ranking by whole-article weight (* = configured; 0 = passages alone)",
            ["article weight", "Recall@1", "Recall@3", "MRR", "R@1 odd", "R@1 even"],
            articleRows));
        return section;
    }

    private static string[] Ranking(IndexGeneration generation, List<EvalCase> inScope, SearchOptions options, bool configured)
    {
        var searcher = new PassageSearcher(generation, options);
        var outcomes = inScope.Select(c => Run(searcher, c)).ToList();
        var all = RetrievalMetrics.Of(outcomes);
        var odd = RetrievalMetrics.Of(outcomes.Where(o => EvalHalves.Contains(EvalHalf.Odd, o.Case)).ToList());
        var even = RetrievalMetrics.Of(outcomes.Where(o => EvalHalves.Contains(EvalHalf.Even, o.Case)).ToList());
        return [F(all.RecallAt1), F(all.RecallAt3), F(all.Mrr), F(odd.RecallAt1), F(even.RecallAt1) + (configured ? " *" : "")];
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
