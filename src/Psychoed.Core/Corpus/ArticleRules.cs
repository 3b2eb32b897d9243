namespace Psychoed.Core.Corpus;

/// <summary>
/// The rules that need the whole corpus or the clock: ids unique and well formed, topics known,
/// referral and language allowed, review dates, internal links, reading level.
/// </summary>
public static class ArticleRules
{
    /// <summary>Referral kinds that the answer pipeline knows how to turn into a concrete next step.</summary>
    public static readonly IReadOnlySet<string> Referrals = new HashSet<string> { "therapist", "prescriber", "gp", "trauma-therapist", "crisis" };

    /// <summary>
    /// The source URL an imported draft cites when its page had no address. A published article
    /// citing it is an error: a person must replace it with real sources first.
    /// </summary>
    public const string PlaceholderSourceUrl = "https://example.org/replace-with-a-real-source";

    /// <summary>Above this Flesch-Kincaid grade an article is hard for many readers.</summary>
    public const double MaxGrade = 10;

    /// <summary>Checks every parsed article against the others, the topic list and today's date.</summary>
    public static IReadOnlyList<CorpusDiagnostic> Check(IReadOnlyList<ParsedArticle> parsed, IReadOnlyCollection<Topic> topics, DateOnly today)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        var topicIds = topics.Select(t => t.Id).ToHashSet();
        var firstPathById = new Dictionary<string, string>();
        var ids = parsed.Where(p => p.Article is not null).Select(p => p.Article!.Id).ToHashSet();
        // A file that did not parse has no id; its file name stands in, so one broken article does not
        // also take every article that links to it out of service.
        var unparsedByStem = parsed.Where(p => p.Article is null)
            .GroupBy(p => System.IO.Path.GetFileNameWithoutExtension(p.Path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Path, StringComparer.Ordinal);

        foreach (var p in parsed.Where(p => p.Article is not null))
        {
            var a = p.Article!;
            void Add(int line, DiagnosticSeverity severity, string message) => diagnostics.Add(new(p.Path, line, severity, message));

            if (!ArticleId.IsValid(a.Id))
            {
                Add(p.IdLine, DiagnosticSeverity.Error, $"id '{a.Id}' must be lowercase letters, digits and single hyphens");
            }

            if (!firstPathById.TryAdd(a.Id, p.Path))
            {
                Add(p.IdLine, DiagnosticSeverity.Error, $"duplicate id '{a.Id}': also used by {firstPathById[a.Id]}");
            }

            foreach (var topic in a.Topics.Where(t => topicIds.Count > 0 && !topicIds.Contains(t)))
            {
                Add(p.IdLine, DiagnosticSeverity.Error, $"unknown topic '{topic}' (see topics.yaml)");
            }

            if (a.Language != "en")
            {
                Add(p.IdLine, DiagnosticSeverity.Error, $"language '{a.Language}' is not supported; use 'en'");
            }

            if (a.Referral.Length > 0 && !Referrals.Contains(a.Referral))
            {
                Add(p.IdLine, DiagnosticSeverity.Error, $"referral '{a.Referral}' is not one of {string.Join(", ", Referrals)}");
            }

            if (a.Url is not null && !ArticleParser.IsAbsoluteHttpUrl(a.Url))
            {
                Add(p.IdLine, DiagnosticSeverity.Error, $"url '{a.Url}' is not an absolute http(s) URL");
            }

            if (a.Sources.Any(s => s.Url == PlaceholderSourceUrl))
            {
                Add(p.IdLine, a.Status == ArticleStatus.Published ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    "sources still has the import placeholder: replace it with the real sources before publishing");
            }

            if (a.LastReviewed is { } reviewed)
            {
                if (reviewed > today)
                {
                    Add(p.LastReviewedLine, DiagnosticSeverity.Error, $"last_reviewed {reviewed:yyyy-MM-dd} is in the future");
                }
                else if (reviewed < today.AddMonths(-12) && a.Status == ArticleStatus.Published)
                {
                    Add(p.LastReviewedLine, DiagnosticSeverity.Warning, $"review is stale: last reviewed {reviewed:yyyy-MM-dd}, more than 12 months ago");
                }
            }

            foreach (var claim in a.Claims.Where(c => c.Checked > today))
            {
                Add(claim.Line, DiagnosticSeverity.Error, $"claim checked {claim.Checked:yyyy-MM-dd} is in the future");
            }

            foreach (var link in p.Links.Where(l => !ids.Contains(l.TargetId)))
            {
                if (unparsedByStem.TryGetValue(link.TargetId, out var brokenPath))
                {
                    Add(link.Line, DiagnosticSeverity.Warning, $"link to '{link.TargetId}' points to {brokenPath}, which has errors and is not served");
                    continue;
                }

                Add(link.Line, DiagnosticSeverity.Error, $"link to '{link.TargetId}' does not resolve to an article id");
            }

            var grade = GradeOf(a);
            if (grade > MaxGrade)
            {
                Add(p.IdLine, DiagnosticSeverity.Warning, $"reading level is grade {grade:0.0} (Flesch-Kincaid); aim for about grade 8");
            }
        }

        return diagnostics;
    }

    /// <summary>The Flesch-Kincaid grade of an article's lead and sections.</summary>
    public static double GradeOf(Article article) => ReadingLevel.FleschKincaidGrade(BodyText(article));

    /// <summary>The words in an article's lead and sections.</summary>
    public static int WordsOf(Article article) => ReadingLevel.CountWords(BodyText(article));

    private static string BodyText(Article article) =>
        string.Join("\n\n", article.Lead.Concat(article.Sections.Select(s => s.Text)));
}
