using System.Numerics.Tensors;
using Psychoed.Core.Semantic;

namespace Psychoed.Benchmarks;

/// <summary>
/// Pseudo-random unit vectors of the real model's size, seeded by the text: for the 10,000-article
/// corpus, whose ~80,000 passages the real model would take most of an hour to embed on a small
/// machine. Search cost does not depend on what the vectors mean; build cost without the model is
/// what it measures.
/// </summary>
internal sealed class StandInEncoder : ITextEncoder
{
    public int Dimensions => 384;

    public string ModelId => "stand-in-384";

    public float[] Encode(string text)
    {
        var random = new Random(StableHash(text));
        var vector = new float[Dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts) => texts.Select(Encode).ToList();

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }
}
