namespace Psychoed.Core.Search;

/// <summary>The outcome of opening or rebuilding the passage index.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="IndexId">The key of the index now serving, or null when none is.</param>
/// <param name="Articles">Articles in the serving index.</param>
/// <param name="Passages">Passages in the serving index.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Error">Why the build failed, in plain words; null on success.</param>
/// <param name="Encoded">Passages the embedding model encoded in this build (unchanged passages reuse their vectors).</param>
/// <param name="Semantic">Whether the serving index has passage vectors (hybrid search) or is BM25 only.</param>
public sealed record IndexBuildResult(
    IndexBuildOutcome Outcome, string? IndexId, int Articles, int Passages, TimeSpan Elapsed, string? Error = null, int Encoded = 0, bool Semantic = false)
{
    /// <summary>True unless the build failed.</summary>
    public bool Succeeded => Outcome != IndexBuildOutcome.Failed;

    /// <inheritdoc />
    public override string ToString() => Outcome == IndexBuildOutcome.Failed
        ? $"index build failed: {Error} (still serving: {IndexId ?? "nothing"})"
        : $"index {IndexId} {Outcome.ToString().ToLowerInvariant()}: {Articles} articles, {Passages} passages in {Elapsed.TotalMilliseconds:0} ms";
}
