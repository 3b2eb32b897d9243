using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;

namespace Psychoed.Core.Semantic;

/// <summary>
/// The embeddings of one index generation's passages in one contiguous matrix, searched exactly: a
/// dot product per passage (vectors are normalised, so it is the cosine similarity). Immutable and
/// thread-safe once built.
/// </summary>
internal sealed class PassageVectors
{
    private readonly float[] _matrix;

    // The same vectors as 8-bit integers with a scale per row: the full scan reads these, and the
    // few candidates it keeps are scored again exactly from the floats.
    private readonly sbyte[] _quantized;
    private readonly float[] _scales;
    private readonly int[] _rowOfDoc;
    private Dictionary<UInt128, int>? _byHash;

    public PassageVectors(string modelId, int dimensions, int[] docs, UInt128[] hashes, float[] matrix, int maxDoc)
    {
        if (docs.Length != hashes.Length || matrix.Length != docs.Length * dimensions)
        {
            throw new InvalidDataException("passage vectors: rows, hashes and matrix disagree");
        }

        ModelId = modelId;
        Dimensions = dimensions;
        Docs = docs;
        Hashes = hashes;
        _matrix = matrix;
        _quantized = new sbyte[matrix.Length];
        _scales = new float[docs.Length];
        for (var row = 0; row < docs.Length; row++)
        {
            _scales[row] = Int8Dot.Quantize(matrix.AsSpan(row * dimensions, dimensions), _quantized.AsSpan(row * dimensions, dimensions));
        }

        _rowOfDoc = new int[maxDoc];
        Array.Fill(_rowOfDoc, -1);
        for (var row = 0; row < docs.Length; row++)
        {
            if (docs[row] < 0 || docs[row] >= maxDoc || _rowOfDoc[docs[row]] >= 0)
            {
                throw new InvalidDataException($"passage vectors: document {docs[row]} is out of range or repeated");
            }

            _rowOfDoc[docs[row]] = row;
        }
    }

    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>The document of each row.</summary>
    public int[] Docs { get; }

    /// <summary>The content hash of the text each row embeds.</summary>
    public UInt128[] Hashes { get; }

    public int Count => Docs.Length;

    /// <summary>The matrix, row after row (for the vector file).</summary>
    public ReadOnlySpan<float> Matrix => _matrix;

    /// <summary>The content hash of the text a passage's vector embeds.</summary>
    public static UInt128 HashOf(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    public ReadOnlySpan<float> Row(int row) => _matrix.AsSpan(row * Dimensions, Dimensions);

    /// <summary>The row of a document, or -1 when it has no vector (a whole-article document).</summary>
    public int RowOf(int doc) => doc >= 0 && doc < _rowOfDoc.Length ? _rowOfDoc[doc] : -1;

    /// <summary>The stored vector of a text with this hash, for reuse by the next build.</summary>
    public bool TryGet(UInt128 hash, out ReadOnlySpan<float> vector)
    {
        var byHash = Volatile.Read(ref _byHash);
        if (byHash is null)
        {
            byHash = new Dictionary<UInt128, int>(Count);
            for (var row = 0; row < Count; row++)
            {
                byHash.TryAdd(Hashes[row], row);
            }

            Volatile.Write(ref _byHash, byHash);
        }

        if (byHash.TryGetValue(hash, out var found))
        {
            vector = Row(found);
            return true;
        }

        vector = default;
        return false;
    }

    /// <summary>The exact similarity of one row to <paramref name="query"/>.</summary>
    public float Similarity(int row, ReadOnlySpan<float> query) => TensorPrimitives.Dot(Row(row), query);

    /// <summary>The exact similarity of every row to <paramref name="query"/>, into <paramref name="scores"/>.</summary>
    public void ScoreAll(ReadOnlySpan<float> query, Span<float> scores)
    {
        CheckQuery(query);
        var matrix = _matrix.AsSpan();
        for (var row = 0; row < Count; row++)
        {
            scores[row] = TensorPrimitives.Dot(matrix.Slice(row * Dimensions, Dimensions), query);
        }
    }

    /// <summary>
    /// The similarity of every row to <paramref name="query"/> from the 8-bit vectors (within about
    /// 0.01 of the exact one), into <paramref name="scores"/>: for choosing candidates, not for thresholds.
    /// </summary>
    public void ScoreAllQuantized(ReadOnlySpan<float> query, Span<float> scores)
    {
        CheckQuery(query);
        Span<sbyte> quantized = stackalloc sbyte[Dimensions];
        var queryScale = Int8Dot.Quantize(query, quantized);
        var matrix = _quantized.AsSpan();
        for (var row = 0; row < Count; row++)
        {
            scores[row] = Int8Dot.Dot(matrix.Slice(row * Dimensions, Dimensions), quantized) * _scales[row] * queryScale;
        }
    }

    private void CheckQuery(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"query vector has {query.Length} dimensions, not {Dimensions}", nameof(query));
        }
    }
}
