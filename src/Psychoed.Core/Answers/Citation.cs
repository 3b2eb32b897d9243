namespace Psychoed.Core.Answers;

/// <summary>The article section a reply quotes.</summary>
public sealed record Citation(string ArticleId, string Title, string Section, IReadOnlyList<string> Topics, string? Url = null);
