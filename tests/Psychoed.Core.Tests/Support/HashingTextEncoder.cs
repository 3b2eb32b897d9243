using System.Numerics.Tensors;
using Psychoed.Core.Semantic;

namespace Psychoed.Core.Tests.Support;

/// <summary>
/// A fast stand-in for the embedding model: each lower-cased word is hashed into one of 64 dimensions,
/// so texts sharing words are similar. Counts the texts it encodes, and can be told to fail.
/// </summary>
internal sealed class HashingTextEncoder(string modelId = "hashing-test") : ITextEncoder
{
    private int _encoded;

    public int Dimensions => 64;

    public string ModelId { get; } = modelId;

    /// <summary>How many texts were encoded so far.</summary>
    public int Encoded => Volatile.Read(ref _encoded);

    /// <summary>When true, every call throws as a broken model would.</summary>
    public bool Fail { get; set; }

    public float[] Encode(string text) => EncodeBatch([text])[0];

    public IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts)
    {
        if (Fail)
        {
            throw new InvalidOperationException("the test encoder was told to fail");
        }

        Interlocked.Add(ref _encoded, texts.Count);
        return texts.Select(Vector).ToList();
    }

    private float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var word in text.ToLowerInvariant().Split([' ', '.', ',', '?', '!', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)((uint)StableHash(word) % Dimensions)] += 1;
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    // string.GetHashCode changes per process; vectors on disk must not.
    private static int StableHash(string word)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in word)
            {
                hash = (hash * 31) + c;
            }

            return hash;
        }
    }
}
