using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Commands;

/// <summary>The fact register part of <c>corpus stats</c>: claims due for a re-check and articles with volatile facts.</summary>
internal static class CorpusClaimsReport
{
    public static void Write(TextWriter output, CorpusSnapshot snapshot, DateOnly today, int? maxAgeDays)
    {
        var articles = snapshot.Articles;
        var cutoff = ClaimRegister.Cutoff(today, maxAgeDays);
        var age = maxAgeDays is { } days ? $"{days} day(s)" : $"{ClaimRegister.DefaultMaxAgeMonths} months";
        var total = articles.Sum(a => a.Claims.Count);
        output.WriteLine();
        output.WriteLine($"Claims: {total} in {articles.Count(a => a.Claims.Count > 0)} article(s); without claims: {articles.Count(a => a.Claims.Count == 0)} article(s)");

        var stale = ClaimRegister.CheckedBefore(articles, cutoff);
        output.WriteLine($"Claims last checked more than {age} ago (before {cutoff:yyyy-MM-dd}): " + (stale.Count == 0 ? "none" : stale.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (article, claim) in stale)
        {
            output.WriteLine($"  {claim.Checked:yyyy-MM-dd}  {article.RelativePath}:{claim.Line}  {claim.Text}{(claim.Volatile ? " [volatile]" : "")}");
            output.WriteLine($"              source: {claim.Source}");
        }

        var byArticle = ClaimRegister.Volatile(articles).GroupBy(e => e.Article.Id).ToList();
        output.WriteLine("Articles with volatile regulatory facts: " + (byArticle.Count == 0 ? "none" : byArticle.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var group in byArticle)
        {
            var oldest = group.Min(e => e.Claim.Checked);
            output.WriteLine($"  {group.Key}: {group.Count()} volatile claim(s), oldest checked {oldest:yyyy-MM-dd}");
        }
    }
}
