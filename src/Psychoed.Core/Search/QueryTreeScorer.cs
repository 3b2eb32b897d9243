using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Psychoed.Core.Search;

/// <summary>
/// Scores the planner's queries by walking the postings of their terms directly: the same BM25 scores as
/// Lucene's scorers (sums for Boolean clauses, maximum plus tie-breaker for DisjunctionMax), about as
/// fast, but with per-thread score buffers and the planner's term enumerators instead of a fresh
/// scorer, enumerator and bucket table per term and query. On a large library that garbage is what
/// pauses a search now and then. Two uses: every whole-article document (to pick the best articles),
/// and a few chosen passages (moving straight to each). Queries of another shape are left to Lucene.
/// </summary>
internal sealed class QueryTreeScorer
{
    [ThreadStatic]
    private static QueryTreeScorer? _perThread;

    private readonly List<ScoreLevel> _levels = [];
    private readonly int _slots;
    private DocsEnum? _docs;

    private QueryTreeScorer(int slots) => _slots = slots;

    /// <summary>Whether <paramref name="query"/> is made only of SHOULD Boolean clauses, DisjunctionMax and term queries.</summary>
    public static bool Supports(Query query) => query switch
    {
        TermQuery => true,
        DisjunctionMaxQuery disjunction => disjunction.Disjuncts.All(Supports),
        BooleanQuery boolean => boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && Supports(c.Query)),
        _ => false,
    };

    /// <summary>
    /// The <paramref name="count"/> best whole-article documents for the planner's article query, best
    /// first, ties to the lower document.
    /// </summary>
    public static List<ScoreDoc> TopArticles(IndexSearcher searcher, IndexGeneration generation, TermLookup lookup, Query query, int count)
    {
        var scorer = For(generation.ArticleCount);
        var scores = scorer.Level(0);
        try
        {
            scorer.Evaluate(new Walk(searcher, lookup, generation.DocArticle, null), query, 1f, scores, 1);
            var best = new PriorityQueue<int, (float Score, int Doc)>(count + 1, WorstFirst.Instance);
            foreach (var article in scores.Touched)
            {
                best.Enqueue(article, (scores.Scores[article], generation.ArticleDoc[article]));
                if (best.Count > count)
                {
                    best.Dequeue();
                }
            }

            var result = new List<ScoreDoc>(best.Count);
            while (best.TryDequeue(out _, out var entry))
            {
                result.Add(new ScoreDoc(entry.Doc, entry.Score));
            }

            result.Reverse();
            return result;
        }
        finally
        {
            scorer.ClearAll();
        }
    }

    /// <summary>The documents of <paramref name="docs"/> (top-level ids, ascending) that match, with their scores, in that order.</summary>
    public static List<ScoreDoc> Targets(IndexSearcher searcher, TermLookup lookup, Query query, IReadOnlyList<int> docs)
    {
        var scorer = For(docs.Count);
        var scores = scorer.Level(0);
        try
        {
            scorer.Evaluate(new Walk(searcher, lookup, null, docs), query, 1f, scores, 1);
            var result = new List<ScoreDoc>(scores.Touched.Count);
            foreach (var slot in scores.Touched.Order())
            {
                result.Add(new ScoreDoc(docs[slot], scores.Scores[slot]));
            }

            return result;
        }
        finally
        {
            scorer.ClearAll();
        }
    }

    private static QueryTreeScorer For(int slots)
    {
        var scorer = _perThread is { } cached && cached._slots >= slots ? cached : new QueryTreeScorer(Math.Max(slots, 256));
        _perThread = scorer;
        return scorer;
    }

    // A DisjunctionMax of one query scores as that query, with the boosts multiplied.
    private static (Query Query, float Boost) Unwrap(Query query, float boost)
    {
        while (query is DisjunctionMaxQuery { Disjuncts.Count: 1 } single)
        {
            boost *= single.Boost;
            query = single.Disjuncts[0];
        }

        return (query, boost);
    }

    // Adds the query's score for each matching slot to `target`; levels from `free` on are scratch.
    private void Evaluate(Walk walk, Query query, float boost, ScoreLevel target, int free)
    {
        (query, boost) = Unwrap(query, boost);
        switch (query)
        {
            case TermQuery term:
                AddTerm(walk, term, boost, target, null);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Evaluate(walk, clause.Query, boost * boolean.Boost, target, free);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                var part = Level(free);
                var max = Level(free + 1);
                var sum = Level(free + 2);
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    var (inner, innerBoost) = Unwrap(disjunct, boost * disjunction.Boost);
                    if (inner is TermQuery term)
                    {
                        AddTerm(walk, term, innerBoost, max, sum);
                        continue;
                    }

                    Evaluate(walk, inner, innerBoost, part, free + 3);
                    foreach (var slot in part.Touched)
                    {
                        max.Max(slot, part.Scores[slot]);
                        sum.Add(slot, part.Scores[slot]);
                    }

                    part.Clear();
                }

                foreach (var slot in max.Touched)
                {
                    var best = max.Scores[slot];
                    target.Add(slot, best + ((sum.Scores[slot] - best) * disjunction.TieBreakerMultiplier));
                }

                max.Clear();
                sum.Clear();
                break;
        }
    }

    // Adds the term's score to `into`, or, with `sum`, keeps the maximum in `into` and adds to `sum`.
    private void AddTerm(Walk walk, TermQuery query, float boost, ScoreLevel into, ScoreLevel? sum)
    {
        var term = query.Term;
        var field = Array.IndexOf(walk.Lookup.Fields, term.Field);
        var states = field < 0 ? null : walk.Lookup.Contexts(term.Text)[field];
        if (states is null)
        {
            return;
        }

        // The weight Lucene's TermQuery would use: BM25 has no query normalisation, only boosts.
        var similarity = walk.Searcher.Similarity;
        var weight = similarity.ComputeWeight(query.Boost, walk.Searcher.CollectionStatistics(term.Field), walk.Searcher.TermStatistics(term, states));
        weight.Normalize(1f, boost);
        foreach (var leaf in walk.Searcher.IndexReader.Leaves)
        {
            _docs = walk.Lookup.Docs(term.Text, field, leaf, _docs);
            if (_docs is null)
            {
                continue;
            }

            var scorer = similarity.GetSimScorer(weight, leaf);
            if (walk.Targets is null)
            {
                for (var doc = _docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = _docs.NextDoc())
                {
                    var slot = walk.SlotOf![leaf.DocBase + doc];
                    if (slot >= 0)
                    {
                        Record(into, sum, slot, scorer.Score(doc, _docs.Freq));
                    }
                }

                continue;
            }

            // Straight to each target of this segment.
            var current = -1;
            for (var slot = 0; slot < walk.Targets.Count; slot++)
            {
                var target = walk.Targets[slot] - leaf.DocBase;
                if (target < 0 || target >= leaf.AtomicReader.MaxDoc)
                {
                    continue;
                }

                if (current < target)
                {
                    current = _docs.Advance(target);
                }

                if (current == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (current == target)
                {
                    Record(into, sum, slot, scorer.Score(target, _docs.Freq));
                }
            }
        }
    }

    private static void Record(ScoreLevel into, ScoreLevel? sum, int slot, float score)
    {
        if (sum is null)
        {
            into.Add(slot, score);
        }
        else
        {
            into.Max(slot, score);
            sum.Add(slot, score);
        }
    }

    private ScoreLevel Level(int index)
    {
        while (_levels.Count <= index)
        {
            _levels.Add(new ScoreLevel(_slots));
        }

        return _levels[index];
    }

    private void ClearAll()
    {
        foreach (var level in _levels)
        {
            level.Clear();
        }
    }

    // What one scoring pass needs: slots are article ordinals (every posting) or positions in Targets.
    private sealed record Walk(IndexSearcher Searcher, TermLookup Lookup, int[]? SlotOf, IReadOnlyList<int>? Targets);

    // Worst first: the lowest score, and among equal scores the higher document, leave the queue first.
    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
