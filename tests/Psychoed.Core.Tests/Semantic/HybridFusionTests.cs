using Lucene.Net.Search;
using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Semantic;

public sealed class HybridFusionTests
{
    private static readonly Dictionary<int, float> Similarity = new() { [1] = 0.2f, [2] = 0.5f, [3] = 0.9f, [4] = 0.4f };

    private static float Dense(int doc) => Similarity.GetValueOrDefault(doc);

    private static List<ScoreDoc> Bm25 => [new(1, 12f), new(2, 10f), new(4, 3f)];

    private static List<ScoreDoc> DenseTop => [new(3, 0.9f), new(2, 0.5f), new(4, 0.4f)];

    [Fact]
    public void Reciprocal_rank_fusion_puts_a_passage_ranked_high_by_both_first()
    {
        var options = new SearchOptions { Fusion = FusionMethod.ReciprocalRank, RrfK = 20, DenseWeight = 0.5f };

        var fused = HybridFusion.Fuse(Bm25, DenseTop, Dense, options);

        // 2 and 4 are in both lists; 1 (BM25 first) and 3 (dense first) tie, broken by document.
        Assert.Equal([2, 4, 1, 3], fused.Select(d => d.Doc));
    }

    [Fact]
    public void Weighted_fusion_with_a_high_dense_weight_lets_a_passage_found_only_by_meaning_win()
    {
        var options = new SearchOptions { Fusion = FusionMethod.Weighted, DenseWeight = 0.8f };

        var fused = HybridFusion.Fuse(Bm25, DenseTop, Dense, options);

        Assert.Equal(3, fused[0].Doc);
    }

    [Fact]
    public void Weighted_fusion_with_no_dense_weight_keeps_the_bm25_order()
    {
        var options = new SearchOptions { Fusion = FusionMethod.Weighted, DenseWeight = 0f };

        var fused = HybridFusion.Fuse(Bm25, DenseTop, Dense, options);

        Assert.Equal([1, 2, 4], fused.Take(3).Select(d => d.Doc));
    }

    [Fact]
    public void The_dense_top_list_is_the_best_rows_best_first()
    {
        float[] scores = [0.1f, 0.7f, -0.2f, 0.9f, 0.3f];

        var top = HybridFusion.Top(scores, [10, 11, 12, 13, 14], 3);

        Assert.Equal([13, 11, 14], top.Select(d => d.Doc));
        Assert.Equal(0.9f, top[0].Score);
    }
}
