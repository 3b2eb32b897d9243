namespace Psychoed.Core.Safety;

/// <summary>The exemplar of one class most similar to a message, and the cosine similarity.</summary>
/// <param name="Class">The risk class.</param>
/// <param name="ExemplarId">The best exemplar's id (recorded for audit).</param>
/// <param name="Score">Cosine similarity of the two normalised vectors, -1 to 1.</param>
public sealed record ExemplarMatch(string Class, string ExemplarId, float Score);
