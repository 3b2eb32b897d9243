namespace Psychoed.Data;

/// <summary>One stored rating, as the reports read it.</summary>
public sealed record FeedbackRow(string? ArticleId, string? PassageId, bool Down, string? Comment, string CreatedUtc);
