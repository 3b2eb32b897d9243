namespace Psychoed.Core.Semantic;

/// <summary>
/// The process's sentence-embedding model, for dependency injection: one instance shared by retrieval
/// and the safety screen. <see cref="Encoder"/> is null when the model is off or failed to load.
/// </summary>
public sealed class SemanticModel(ITextEncoder? encoder) : IDisposable
{
    /// <summary>The encoder, or null: callers then work without embeddings.</summary>
    public ITextEncoder? Encoder { get; } = encoder;

    /// <summary>Releases the model.</summary>
    public void Dispose() => (Encoder as IDisposable)?.Dispose();
}
