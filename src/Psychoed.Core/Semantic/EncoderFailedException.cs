namespace Psychoed.Core.Semantic;

/// <summary>The embedding model failed while embedding passages; the index is then built for BM25 only.</summary>
public sealed class EncoderFailedException(string message, Exception inner) : Exception(message, inner);
