using Lucene.Net.Search;

namespace Psychoed.Core.Search;

/// <summary>
/// Combines the BM25 ranking (passages of the articles that match the question's words, re-ranked with
/// their article's evidence) with the dense ranking (every passage by embedding similarity).
/// </summary>
internal static class HybridFusion
{
    /// <param name="bm25">BM25 candidates, best first.</param>
    /// <param name="dense">The dense ranking's top passages as (document, similarity), best first.</param>
    /// <param name="similarity">The dense similarity of any passage document.</param>
    /// <param name="narrative">Whether the message is a long narrative (see <see cref="SearchOptions.NarrativeDenseWeight"/>).</param>
    public static List<ScoreDoc> Fuse(IReadOnlyList<ScoreDoc> bm25, IReadOnlyList<ScoreDoc> dense, Func<int, float> similarity, SearchOptions options, bool narrative = false)
    {
        var fused = new Dictionary<int, float>(bm25.Count + dense.Count);
        if (options.Fusion == FusionMethod.ReciprocalRank)
        {
            var k = Math.Max(1, options.RrfK);
            var denseWeight = options.DenseWeight * 2;
            var lexicalWeight = (1 - options.DenseWeight) * 2;
            for (var rank = 0; rank < bm25.Count; rank++)
            {
                fused[bm25[rank].Doc] = lexicalWeight / (k + rank + 1);
            }

            for (var rank = 0; rank < dense.Count; rank++)
            {
                fused[dense[rank].Doc] = fused.GetValueOrDefault(dense[rank].Doc) + (denseWeight / (k + rank + 1));
            }
        }
        else
        {
            var best = bm25.Count > 0 ? Math.Max(bm25[0].Score, 1e-6f) : 1;
            var w = Math.Clamp(narrative && options.NarrativeDenseWeight >= 0 ? options.NarrativeDenseWeight : options.DenseWeight, 0, 1);
            var saturation = options.Bm25Saturation;
            foreach (var hit in bm25)
            {
                var lexical = saturation > 0 ? hit.Score / (hit.Score + saturation) : hit.Score / best;
                fused[hit.Doc] = ((1 - w) * lexical) + (w * similarity(hit.Doc));
            }

            foreach (var hit in dense)
            {
                if (!fused.ContainsKey(hit.Doc))
                {
                    fused[hit.Doc] = w * hit.Score;
                }
            }
        }

        var ranked = fused.Select(p => new ScoreDoc(p.Key, p.Value)).ToList();
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return ranked;
    }

    /// <summary>The <paramref name="count"/> best rows of <paramref name="scores"/> as (document, similarity), best first.</summary>
    public static List<ScoreDoc> Top(ReadOnlySpan<float> scores, int[] docs, int count)
    {
        var heap = new PriorityQueue<int, float>(count + 1);
        for (var row = 0; row < scores.Length; row++)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(row, scores[row]);
            }
            else if (heap.TryPeek(out _, out var worst) && scores[row] > worst)
            {
                heap.EnqueueDequeue(row, scores[row]);
            }
        }

        var top = new List<ScoreDoc>(heap.Count);
        while (heap.TryDequeue(out var row, out var score))
        {
            top.Add(new ScoreDoc(docs[row], score));
        }

        top.Reverse();
        return top;
    }
}
