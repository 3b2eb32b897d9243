namespace Psychoed.Core.Corpus;

/// <summary>
/// The fact register across the corpus: claims due for a re-check and articles whose facts change by
/// decision (approvals, scheduling, phone numbers), for <c>psychoed corpus stats</c> and staff reports.
/// </summary>
public static class ClaimRegister
{
    /// <summary>How old a claim's check may be before it is listed, when staff do not say.</summary>
    public const int DefaultMaxAgeMonths = 6;

    /// <summary>A claim and the article stating it.</summary>
    public sealed record Entry(Article Article, ArticleClaim Claim);

    /// <summary>The claims checked before <paramref name="cutoff"/>, oldest first.</summary>
    public static IReadOnlyList<Entry> CheckedBefore(IEnumerable<Article> articles, DateOnly cutoff) =>
        All(articles).Where(e => e.Claim.Checked < cutoff)
            .OrderBy(e => e.Claim.Checked).ThenBy(e => e.Article.Id, StringComparer.Ordinal).ThenBy(e => e.Claim.Line)
            .ToList();

    /// <summary>The claims marked volatile, by article.</summary>
    public static IReadOnlyList<Entry> Volatile(IEnumerable<Article> articles) =>
        All(articles).Where(e => e.Claim.Volatile).ToList();

    /// <summary>The cutoff for "older than <paramref name="maxAgeDays"/> days", or <see cref="DefaultMaxAgeMonths"/> months when null.</summary>
    public static DateOnly Cutoff(DateOnly today, int? maxAgeDays) =>
        maxAgeDays is { } days ? today.AddDays(-days) : today.AddMonths(-DefaultMaxAgeMonths);

    private static IEnumerable<Entry> All(IEnumerable<Article> articles) =>
        articles.OrderBy(a => a.Id, StringComparer.Ordinal).SelectMany(a => a.Claims.Select(c => new Entry(a, c)));
}
