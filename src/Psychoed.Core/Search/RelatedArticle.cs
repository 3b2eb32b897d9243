namespace Psychoed.Core.Search;

/// <summary>An article worth suggesting next to an answer.</summary>
public sealed record RelatedArticle(string ArticleId, string Title, IReadOnlyList<string> Topics);
