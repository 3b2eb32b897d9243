namespace Psychoed.Core.Semantic;

/// <summary>
/// Turns text into a sentence embedding. One model serves retrieval and the safety screen, so a
/// message is encoded once per turn and the vector handed to both.
/// </summary>
public interface ITextEncoder
{
    /// <summary>The length of every vector this encoder returns.</summary>
    int Dimensions { get; }

    /// <summary>A stable name of the model, stored with vectors so a model change invalidates them.</summary>
    string ModelId { get; }

    /// <summary>The L2-normalised embedding of <paramref name="text"/>.</summary>
    float[] Encode(string text);

    /// <summary>The L2-normalised embeddings of several texts, in order.</summary>
    IReadOnlyList<float[]> EncodeBatch(IReadOnlyList<string> texts);
}
