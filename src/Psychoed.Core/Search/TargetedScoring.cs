using Lucene.Net.Search;

namespace Psychoed.Core.Search;

/// <summary>
/// Scores a query on a few chosen documents only, by moving its scorer straight to each of them: far
/// cheaper than scoring every matching document when the candidates are already known.
/// </summary>
internal static class TargetedScoring
{
    /// <summary>The documents of <paramref name="docs"/> (top-level ids, ascending) that match, with their scores.</summary>
    public static List<ScoreDoc> Score(IndexSearcher searcher, Query query, IReadOnlyList<int> docs)
    {
        var scored = new List<ScoreDoc>(docs.Count);
        if (docs.Count == 0)
        {
            return scored;
        }

        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            foreach (var doc in docs)
            {
                var target = doc - leaf.DocBase;
                if (target < 0 || target >= leaf.AtomicReader.MaxDoc)
                {
                    continue;
                }

                var current = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (current == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                if (current == target)
                {
                    scored.Add(new ScoreDoc(doc, scorer.GetScore()));
                }
            }
        }

        return scored;
    }
}
