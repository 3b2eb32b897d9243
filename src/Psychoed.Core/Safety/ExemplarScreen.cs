using Psychoed.Core.Semantic;

namespace Psychoed.Core.Safety;

/// <summary>
/// The semantic safety layer's scorer: encodes every exemplar once, then for a message vector (encoded once
/// per turn and shared with retrieval) returns the best exemplar and its score per class. It decides
/// nothing itself: thresholds belong to the caller and are calibrated on dev-set train splits. Thread-safe.
/// </summary>
public sealed class ExemplarScreen
{
    private readonly IReadOnlyList<Exemplar> _exemplars;
    private readonly IReadOnlyList<float[]> _vectors;

    /// <summary>Encodes the bank's exemplars with <paramref name="encoder"/>.</summary>
    public ExemplarScreen(ExemplarBank bank, ITextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(encoder);
        _exemplars = bank.Exemplars;
        _vectors = encoder.EncodeBatch(_exemplars.Select(e => e.Text).ToList());
        Dimensions = encoder.Dimensions;
        ModelId = encoder.ModelId;
    }

    /// <summary>The vector length the exemplars were encoded at.</summary>
    public int Dimensions { get; }

    /// <summary>The model the exemplars were encoded with.</summary>
    public string ModelId { get; }

    /// <summary>The best exemplar per class for a message vector, best score first.</summary>
    /// <exception cref="ArgumentException">The vector's length is not <see cref="Dimensions"/>.</exception>
    public IReadOnlyList<ExemplarMatch> Score(float[] message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length != Dimensions)
        {
            throw new ArgumentException($"expected a vector of {Dimensions} values, got {message.Length}", nameof(message));
        }

        var best = new Dictionary<string, ExemplarMatch>(StringComparer.Ordinal);
        for (var i = 0; i < _exemplars.Count; i++)
        {
            // Both vectors are L2-normalised, so the dot product is the cosine similarity.
            var score = Dot(message, _vectors[i]);
            var exemplar = _exemplars[i];
            if (!best.TryGetValue(exemplar.Class, out var current) || score > current.Score)
            {
                best[exemplar.Class] = new ExemplarMatch(exemplar.Class, exemplar.Id, score);
            }
        }

        return best.Values.OrderByDescending(m => m.Score).ToList();
    }

    // About a hundred exemplars of a few hundred values: a plain loop is enough (no tensor package needed).
    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
