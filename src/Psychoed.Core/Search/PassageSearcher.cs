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

        var top = _searcher.Search(plan.Query, Math.Max(_options.CandidatePassages, _options.MaxHits));
        if (top.ScoreDocs.Length == 0)
        {
            return (SearchResult.NotCovered(text, "no passage matches"), Evidence.None);
        }

        var hits = Diversify(Rerank(top.ScoreDocs, ArticleScores(plan)))
            .Select(d => new PassageHit(IndexBuilder.ToPassage(_searcher.Doc(d.Doc)), d.Score, Matched(d.Doc, plan)))
            .ToList();
        var evidence = AnswerabilityPolicy.Assess(plan, hits[0].MatchedTerms.ToHashSet(StringComparer.Ordinal), hits[0].Score, _options);
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
            Related = RelatedArticlePicker.Pick(hits, _generation.ArticlesByTopic),
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

    // Adds to each passage a share of the scores of its article's other candidate passages (the best
    // two), so an article that matches the question in several places ranks above a stray passage.
    private float[]? ArticleScores(QueryPlan plan)
    {
        if (plan.ArticleQuery is null || _options.ArticleScoreWeight <= 0)
        {
            return null;
        }

        var scores = new float[_generation.ArticleCount];
        _searcher.Search(plan.ArticleQuery, new ArticleScoreCollector(_generation.DocArticle, scores));
        return scores;
    }

    private List<ScoreDoc> Rerank(ScoreDoc[] candidates, float[]? articleScores)
    {
        if (_options.ArticleWeight <= 0 && articleScores is null)
        {
            return [.. candidates];
        }

        // Candidates arrive best first, so each article's list is sorted too.
        var byArticle = new Dictionary<int, List<ScoreDoc>>();
        foreach (var candidate in candidates)
        {
            var article = _generation.DocArticle[candidate.Doc];
            if (!byArticle.TryGetValue(article, out var passages))
            {
                passages = [];
                byArticle[article] = passages;
            }

            passages.Add(candidate);
        }

        var reranked = new List<ScoreDoc>(candidates.Length);
        foreach (var candidate in candidates)
        {
            var article = _generation.DocArticle[candidate.Doc];
            var others = byArticle[article]
                .Where(p => p.Doc != candidate.Doc)
                .Take(2)
                .Sum(p => p.Score);
            var whole = articleScores is not null && article >= 0 ? articleScores[article] : 0;
            reranked.Add(new ScoreDoc(candidate.Doc, candidate.Score + (_options.ArticleWeight * others) + (_options.ArticleScoreWeight * whole)));
        }

        reranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return reranked;
    }

    private IEnumerable<ScoreDoc> Diversify(List<ScoreDoc> ranked)
    {
        var perArticle = new Dictionary<int, int>();
        var taken = 0;
        foreach (var doc in ranked)
        {
            var article = _generation.DocArticle[doc.Doc];
            var count = perArticle.GetValueOrDefault(article);
            if (count >= _options.MaxPassagesPerArticle)
            {
                continue;
            }

            perArticle[article] = count + 1;
            yield return doc;
            if (++taken == _options.MaxHits)
            {
                yield break;
            }
        }
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
