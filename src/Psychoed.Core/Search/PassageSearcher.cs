using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Psychoed.Core.Search;

/// <summary>Searches one index generation with one set of options. Thread-safe.</summary>
internal sealed class PassageSearcher
{
    private readonly IndexGeneration _generation;
    private readonly IndexSearcher _searcher;
    private readonly QueryPlanner _planner;
    private readonly SearchOptions _options;

    public PassageSearcher(IndexGeneration generation, SearchOptions options)
    {
        _generation = generation;
        _options = options;
        _searcher = new IndexSearcher(generation.Reader) { Similarity = new BM25Similarity(options.K1, options.B) };
        _planner = new QueryPlanner(generation.Reader, generation.Analyzer, generation.Vocabulary, options);
    }

    public SearchResult Search(string text) => SearchWithEvidence(text).Result;

    /// <summary>The result and the evidence behind the answerability decision (for calibration).</summary>
    public (SearchResult Result, Evidence Evidence) SearchWithEvidence(string text)
    {
        text ??= "";
        var plan = _planner.Plan(text);
        if (plan.Query is null)
        {
            return (SearchResult.NotCovered(text, plan.EmptyReason ?? "nothing to search for"), Evidence.None);
        }

        var top = _searcher.Search(plan.Query, _options.MaxHits);
        if (top.ScoreDocs.Length == 0)
        {
            return (SearchResult.NotCovered(text, "no passage matches"), Evidence.None);
        }

        var hits = top.ScoreDocs
            .Select(d => new PassageHit(IndexBuilder.ToPassage(_searcher.Doc(d.Doc)), d.Score, Matched(d.Doc, plan)))
            .ToList();
        var evidence = AnswerabilityPolicy.Assess(plan, hits[0].MatchedTerms.ToHashSet(StringComparer.Ordinal), _options);
        if (!AnswerabilityPolicy.IsAnswerable(evidence, _options))
        {
            return (SearchResult.NotCovered(text, $"weak evidence: {evidence}", hits), evidence);
        }

        var result = new SearchResult
        {
            Query = text,
            Answerable = true,
            Hits = hits,
            Highlight = SentenceHighlighter.Highlight(hits[0].Passage.Text, plan, _generation.Analyzer),
            Related = RelatedArticlePicker.Pick(hits, _generation.Articles),
            Reason = evidence.ToString(),
        };
        return (result, evidence);
    }

    public Passage? GetPassage(string passageId)
    {
        if (string.IsNullOrEmpty(passageId))
        {
            return null;
        }

        var top = _searcher.Search(new TermQuery(new Term(PassageFields.Id, passageId)), 1);
        return top.ScoreDocs.Length == 0 ? null : IndexBuilder.ToPassage(_searcher.Doc(top.ScoreDocs[0].Doc));
    }

    public Passage? NextPassage(string passageId)
    {
        if (string.IsNullOrEmpty(passageId))
        {
            return null;
        }

        var hash = passageId.LastIndexOf('#');
        if (hash <= 0 || !int.TryParse(passageId.AsSpan(hash + 1), out var position) || position < 0)
        {
            return null;
        }

        return GetPassage($"{passageId[..hash]}#{position + 1}");
    }

    // The query terms present in a passage, read from its term vectors.
    private List<string> Matched(int doc, QueryPlan plan)
    {
        var matched = new List<string>();
        var vectors = _generation.Reader.GetTermVectors(doc);
        if (vectors is null)
        {
            return matched;
        }

        var enums = PassageFields.Searchable
            .Select(f => vectors.GetTerms(f)?.GetEnumerator())
            .Where(e => e is not null)
            .ToList();
        foreach (var term in plan.Terms)
        {
            var bytes = new BytesRef(term);
            if (enums.Any(e => e!.SeekExact(bytes)))
            {
                matched.Add(term);
            }
        }

        return matched;
    }
}
