namespace Psychoed.Data;

/// <summary>One stored unanswered question, as the reports read it.</summary>
public sealed record GapRow(string Question, string Reason);
