namespace Psychoed.Core.Corpus;

/// <summary>A link in an article body to another article of the library, by id.</summary>
public sealed record ArticleLink(string TargetId, int Line);
