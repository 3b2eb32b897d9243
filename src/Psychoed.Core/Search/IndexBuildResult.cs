namespace Psychoed.Core.Search;

/// <summary>The outcome of opening or rebuilding the passage index.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="IndexId">The key of the index now serving, or null when none is.</param>
/// <param name="Articles">Articles in the serving index.</param>
/// <param name="Passages">Passages in the serving index.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Error">Why the build failed, in plain words; null on success.</param>
public sealed record IndexBuildResult(
    IndexBuildOutcome Outcome, string? IndexId, int Articles, int Passages, TimeSpan Elapsed, string? Error = null)
{
    /// <summary>True unless the build failed.</summary>
    public bool Succeeded => Outcome != IndexBuildOutcome.Failed;

    /// <inheritdoc />
    public override string ToString() => Outcome == IndexBuildOutcome.Failed
        ? $"index build failed: {Error} (still serving: {IndexId ?? "nothing"})"
        : $"index {IndexId} {Outcome.ToString().ToLowerInvariant()}: {Articles} articles, {Passages} passages in {Elapsed.TotalMilliseconds:0} ms";
}
