using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Core.Semantic;

namespace Psychoed.Core.Search;

/// <summary>
/// Searches one index generation with one set of options. Thread-safe. With passage vectors and an
/// encoder (or a query vector from the caller) the search is hybrid: BM25 and exact dense similarity
/// over every passage, fused; otherwise BM25 only.
/// </summary>
internal sealed class PassageSearcher
{
    private readonly IndexGeneration _generation;
    private readonly IndexSearcher _searcher;
    private readonly QueryPlanner _planner;
    private readonly SearchOptions _options;
    private readonly ITextEncoder? _encoder;
    private readonly ILogger _logger;

    public PassageSearcher(IndexGeneration generation, SearchOptions options, ITextEncoder? encoder = null, ILogger? logger = null)
    {
        _generation = generation;
        _options = options;
        _encoder = encoder;
        _logger = logger ?? NullLogger.Instance;
        _searcher = new IndexSearcher(generation.Reader) { Similarity = new BM25Similarity(options.K1, options.B) };
        _planner = new QueryPlanner(generation.Reader, generation.Analyzer, generation.Vocabulary, options);
    }

    /// <summary>True when searches can be hybrid: the generation has passage vectors.</summary>
    public bool IsSemantic => _generation.Vectors is not null;

    public SearchResult Search(string text, float[]? queryVector = null) => SearchWithEvidence(text, queryVector).Result;

    /// <summary>The result and the evidence behind the answerability decision (for calibration).</summary>
    public (SearchResult Result, Evidence Evidence) SearchWithEvidence(string text, float[]? queryVector = null)
    {
        text ??= "";
        var focused = NarrativeFocus.Focus(text, _options.NarrativeWords);
        var plan = _planner.Plan(focused);
        try
        {
            return Search(text, plan, DenseQuery(text, queryVector));
        }
        finally
        {
            plan.Lookup?.Dispose();
        }
    }

    // The message's embedding, or null for a BM25-only search: no vectors, no encoder, empty text, or
    // an encoder that fails (logged; the person still gets the BM25 answer).
    private float[]? DenseQuery(string text, float[]? queryVector)
    {
        if (_generation.Vectors is not { } vectors || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (queryVector is not null)
        {
            return queryVector.Length == vectors.Dimensions ? queryVector : null;
        }

        if (_encoder is null)
        {
            return null;
        }

        try
        {
            var chars = Math.Min(text.Length, _options.MaxQueryChars);
            return _encoder.Encode(text[..chars]);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "The embedding model failed on a message; searching with BM25 only");
            return null;
        }
    }

    private (SearchResult Result, Evidence Evidence) Search(string text, QueryPlan plan, float[]? queryVector)
    {
        if (queryVector is null && plan.Query is null)
        {
            return (SearchResult.NotCovered(text, plan.EmptyReason ?? "nothing to search for"), Evidence.None);
        }

        List<ScoreDoc> reranked = [];
        if (plan.Query is { } query)
        {
            var (candidates, articleScores) = Candidates(query, plan);
            reranked = Rerank(candidates, articleScores);
        }

        // The scan over every passage reads the 8-bit vectors (memory traffic bounds it on a large
        // library); the candidates it keeps, with twice the slack, and the BM25 candidates are then
        // scored exactly. The scores are rented: one per passage would be a large allocation per search.
        var fused = reranked;
        Func<int, float>? similarity = null;
        if (queryVector is not null)
        {
            var vectors = _generation.Vectors!;
            var approximate = ArrayPool<float>.Shared.Rent(vectors.Count);
            List<ScoreDoc> dense;
            try
            {
                vectors.ScoreAllQuantized(queryVector, approximate.AsSpan(0, vectors.Count));
                var wanted = Math.Max(_options.DenseCandidates, _options.MaxHits);
                dense = HybridFusion.Top(approximate.AsSpan(0, vectors.Count), vectors.Docs, 2 * wanted);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(approximate);
            }

            similarity = doc => vectors.RowOf(doc) is var row and >= 0 ? vectors.Similarity(row, queryVector) : 0;
            dense = dense.Select(d => new ScoreDoc(d.Doc, similarity(d.Doc))).ToList();
            dense.Sort(ByScore);
            dense = dense.Take(Math.Max(_options.DenseCandidates, _options.MaxHits)).ToList();
            var narrative = _options.NarrativeWords > 0 && SentenceSplitter.CountWords(text) > _options.NarrativeWords;
            fused = HybridFusion.Fuse(reranked, dense, similarity, _options, narrative);
        }

        return Rank(text, plan, reranked, fused, similarity);
    }

    private (SearchResult Result, Evidence Evidence) Rank(string text, QueryPlan plan, List<ScoreDoc> reranked, List<ScoreDoc> fused, Func<int, float>? similarity)
    {
        if (fused.Count == 0)
        {
            return (SearchResult.NotCovered(text, "no passage matches"), Evidence.None);
        }

        var ranked = Diversify(fused).ToList();
        var matched = Matched(ranked, plan);
        var hits = ranked.Select((d, i) => new PassageHit(_generation.LoadPassage(d.Doc), d.Score, matched[i])).ToList();
        var lexicalScore = reranked.FirstOrDefault(d => d.Doc == ranked[0].Doc)?.Score ?? 0;
        var evidence = AnswerabilityPolicy.Assess(plan, hits[0].MatchedTerms.ToHashSet(StringComparer.Ordinal), lexicalScore, _options) with { DenseSimilarity = similarity?.Invoke(ranked[0].Doc) };
        if (!AnswerabilityPolicy.IsAnswerable(evidence, _options))
        {
            var nearest = evidence.DenseSimilarity >= _options.NearestDenseSimilarity;
            return (SearchResult.NotCovered(text, $"weak evidence: {evidence}", hits, evidence) with { OfferNearest = nearest }, evidence);
        }

        var result = new SearchResult
        {
            Query = text,
            Answerable = true,
            Hits = hits,
            Highlight = SentenceHighlighter.Highlight(_generation.LoadSentences(ranked[0].Doc), plan),
            Related = RelatedArticlePicker.Pick(hits, _generation.ArticlesByTopic),
            Reason = evidence.ToString(),
            Evidence = evidence,
            LowConfidence = AnswerabilityPolicy.IsLowConfidence(evidence, _options),
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
        return top.ScoreDocs.Length == 0 ? null : _generation.LoadPassage(top.ScoreDocs[0].Doc);
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

    // Two levels: the articles that best cover the question as a whole, then the passages of those
    // articles, scored without visiting any other passage. Without article evidence, the best passages
    // of the whole index.
    private (List<ScoreDoc> Passages, Dictionary<int, float>? ArticleScores) Candidates(Query query, QueryPlan plan)
    {
        if (plan.ArticleQuery is null || _options.ArticleScoreWeight <= 0)
        {
            return ([.. _searcher.Search(query, Math.Max(_options.CandidatePassages, _options.MaxHits)).ScoreDocs], null);
        }

        var direct = plan.Lookup is { } lookup && QueryTreeScorer.Supports(plan.ArticleQuery) && QueryTreeScorer.Supports(query) ? lookup : null;
        var articles = direct is not null
            ? QueryTreeScorer.TopArticles(_searcher, _generation, direct, plan.ArticleQuery, _options.CandidateArticles)
            : [.. _searcher.Search(plan.ArticleQuery, _options.CandidateArticles).ScoreDocs];
        var articleScores = new Dictionary<int, float>(articles.Count);
        var passageDocs = new List<int>();
        foreach (var article in articles)
        {
            var ordinal = _generation.DocArticle[article.Doc];
            if (ordinal >= 0 && articleScores.TryAdd(ordinal, article.Score))
            {
                passageDocs.AddRange(_generation.ArticlePassages[ordinal]);
            }
        }

        passageDocs.Sort();
        var passages = direct is not null
            ? QueryTreeScorer.Targets(_searcher, direct, query, passageDocs)
            : TargetedScoring.Score(_searcher, query, passageDocs);
        passages.Sort(ByScore);
        return (passages, articleScores);
    }

    private static int ByScore(ScoreDoc a, ScoreDoc b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc);

    // Adds to each passage its article's whole-text score and a share of the scores of the article's
    // other candidate passages (the best two), so the article that answers the question as a whole,
    // and in several places, ranks above a stray passage.
    private List<ScoreDoc> Rerank(List<ScoreDoc> candidates, Dictionary<int, float>? articleScores)
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

        var reranked = new List<ScoreDoc>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var article = _generation.DocArticle[candidate.Doc];
            var others = byArticle[article]
                .Where(p => p.Doc != candidate.Doc)
                .Take(2)
                .Sum(p => p.Score);
            var whole = articleScores?.GetValueOrDefault(article) ?? 0;
            reranked.Add(new ScoreDoc(candidate.Doc, candidate.Score + (_options.ArticleWeight * others) + (_options.ArticleScoreWeight * whole)));
        }

        reranked.Sort(ByScore);
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

    // The query terms each hit contains in a passage field, read from the postings of the terms the
    // planner already looked up: no term vectors, no stored fields.
    private static List<string>[] Matched(List<ScoreDoc> hits, QueryPlan plan)
    {
        var matched = new List<string>[hits.Count];
        for (var i = 0; i < matched.Length; i++)
        {
            matched[i] = [];
        }

        if (plan.Lookup is not { } lookup || hits.Count == 0)
        {
            return matched;
        }

        var order = Enumerable.Range(0, hits.Count).OrderBy(i => hits[i].Doc).ToArray();
        var docs = order.Select(i => hits[i].Doc).ToArray();
        var found = new bool[docs.Length];
        foreach (var term in plan.Terms)
        {
            Array.Clear(found);
            foreach (var field in QueryPlanner.PassageFieldIndexes)
            {
                lookup.MarkDocs(term, field, docs, found);
            }

            for (var i = 0; i < found.Length; i++)
            {
                if (found[i])
                {
                    matched[order[i]].Add(term);
                }
            }
        }

        return matched;
    }
}
