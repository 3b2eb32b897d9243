namespace Psychoed.Data;

/// <summary>How many rows a retention purge removed.</summary>
public sealed record PurgeResult(int Feedback, int Gaps, int State);
