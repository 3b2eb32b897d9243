using Psychoed.Core.Semantic;

namespace Psychoed.Core.Tests.Semantic;

public sealed class QuantizedScanTests
{
    [Fact]
    public void The_eight_bit_scan_stays_within_a_hundredth_of_the_exact_similarity()
    {
        const int dims = 384;
        const int rows = 50;
        var random = new Random(7);
        var matrix = new float[rows * dims];
        for (var row = 0; row < rows; row++)
        {
            Normalized(random, matrix.AsSpan(row * dims, dims));
        }

        var query = new float[dims];
        Normalized(random, query);
        var vectors = new PassageVectors("m", dims, [.. Enumerable.Range(0, rows)], new UInt128[rows], matrix, maxDoc: rows);
        var exact = new float[rows];
        var approximate = new float[rows];

        vectors.ScoreAll(query, exact);
        vectors.ScoreAllQuantized(query, approximate);

        for (var row = 0; row < rows; row++)
        {
            Assert.InRange(approximate[row] - exact[row], -0.01f, 0.01f);
            Assert.Equal(exact[row], vectors.Similarity(row, query), 5);
        }
    }

    private static void Normalized(Random random, Span<float> vector)
    {
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm, vector);
    }
}
