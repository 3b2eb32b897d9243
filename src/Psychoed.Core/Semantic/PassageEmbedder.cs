using Psychoed.Core.Search;

namespace Psychoed.Core.Semantic;

/// <summary>
/// Embeds the passages of a new index generation in batches, taking the vector of any passage whose
/// text is unchanged from the previous generation, so an edit to one article encodes only its passages.
/// </summary>
internal sealed class PassageEmbedder(ITextEncoder encoder, PassageVectors? previous, int batchSize)
{
    private readonly List<(int Doc, string Text, UInt128 Hash)> _rows = [];

    /// <summary>How many passages the last <see cref="Embed"/> encoded (the rest were reused).</summary>
    public int Encoded { get; private set; }

    public string ModelId => encoder.ModelId;

    /// <summary>What a passage's vector embeds: the title and heading give a short passage its subject.</summary>
    public static string TextOf(Passage passage) => $"{passage.ArticleTitle}. {passage.Section}. {passage.Text}";

    public void Add(int doc, Passage passage)
    {
        var text = TextOf(passage);
        _rows.Add((doc, text, PassageVectors.HashOf(text)));
    }

    public PassageVectors Embed(int maxDoc, CancellationToken ct)
    {
        var dims = encoder.Dimensions;
        var reuse = previous is not null && previous.ModelId == encoder.ModelId && previous.Dimensions == dims ? previous : null;
        var matrix = new float[_rows.Count * dims];
        var missing = new List<int>();
        for (var row = 0; row < _rows.Count; row++)
        {
            if (reuse is not null && reuse.TryGet(_rows[row].Hash, out var vector))
            {
                vector.CopyTo(matrix.AsSpan(row * dims, dims));
            }
            else
            {
                missing.Add(row);
            }
        }

        var size = Math.Max(1, batchSize);
        for (var start = 0; start < missing.Count; start += size)
        {
            ct.ThrowIfCancellationRequested();
            var batch = missing.Skip(start).Take(size).ToList();
            IReadOnlyList<float[]> vectors;
            try
            {
                vectors = encoder.EncodeBatch(batch.Select(row => _rows[row].Text).ToList());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new EncoderFailedException($"the {encoder.ModelId} encoder failed: {e.Message}", e);
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (vectors[i].Length != dims)
                {
                    throw new InvalidOperationException($"the encoder returned {vectors[i].Length} dimensions, not {dims}");
                }

                vectors[i].CopyTo(matrix.AsSpan(batch[i] * dims, dims));
            }
        }

        Encoded = missing.Count;
        return new PassageVectors(encoder.ModelId, dims, [.. _rows.Select(r => r.Doc)], [.. _rows.Select(r => r.Hash)], matrix, maxDoc);
    }
}
