namespace Psychoed.Core.Search;

/// <summary>A retrievable piece of an article: part or all of one section, never cutting a sentence.</summary>
/// <param name="Id">Unique passage id, <c>{articleId}#{position}</c>.</param>
/// <param name="ArticleId">The article it belongs to.</param>
/// <param name="ArticleTitle">The article's title.</param>
/// <param name="Section">The section heading it comes from.</param>
/// <param name="Topics">The article's topic ids.</param>
/// <param name="Position">0-based position of the passage in its article.</param>
/// <param name="Referral">The article's referral kind.</param>
/// <param name="Text">The passage text.</param>
/// <param name="Url">The article's page on the clinic's site, if any.</param>
public sealed record Passage(
    string Id,
    string ArticleId,
    string ArticleTitle,
    string Section,
    IReadOnlyList<string> Topics,
    int Position,
    string Referral,
    string Text,
    string? Url);
