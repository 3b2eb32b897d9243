namespace Psychoed.Core.Search;

/// <summary>What opening or rebuilding the index did.</summary>
public enum IndexBuildOutcome
{
    /// <summary>A new index was built and is now serving.</summary>
    Built,

    /// <summary>The index on disk matched the corpus and was opened as it was.</summary>
    Reused,

    /// <summary>The serving index already matches the corpus; nothing was done.</summary>
    Unchanged,

    /// <summary>The build failed; the previous index (if any) keeps serving.</summary>
    Failed,
}
