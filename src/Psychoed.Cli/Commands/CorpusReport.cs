using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Commands;

/// <summary>Prints a corpus's diagnostics and a summary: statuses, topics, reading levels, stale reviews.</summary>
internal static class CorpusReport
{
    public static void Write(TextWriter output, CorpusSnapshot snapshot, bool diagnostics = true)
    {
        var errors = snapshot.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = snapshot.Diagnostics.Count - errors;
        if (diagnostics)
        {
            foreach (var d in snapshot.Diagnostics)
            {
                output.WriteLine(d);
            }

            if (snapshot.Diagnostics.Count > 0)
            {
                output.WriteLine();
            }
        }

        var articles = snapshot.Articles;
        var badFiles = snapshot.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Path).Distinct().Count();
        output.WriteLine($"Corpus: {snapshot.Root}");
        output.WriteLine($"Articles: {articles.Count} valid, {badFiles} file(s) with errors (not served); {errors} error(s), {warnings} warning(s)");
        output.WriteLine("By status: " + Join(articles.GroupBy(a => ArticleParser.StatusName(a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine("By topic: " + Join(articles.SelectMany(a => a.Topics).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));

        if (articles.Count > 0)
        {
            var grades = articles.Select(ArticleRules.GradeOf).Order().ToList();
            var words = articles.Select(ArticleRules.WordsOf).Order().ToList();
            output.WriteLine($"Reading level (Flesch-Kincaid grade): min {grades[0]:0.0}, median {grades[grades.Count / 2]:0.0}, max {grades[^1]:0.0}; above grade {ArticleRules.MaxGrade:0}: {grades.Count(g => g > ArticleRules.MaxGrade)}");
            output.WriteLine($"Words per article: min {words[0]}, median {words[words.Count / 2]}, max {words[^1]}");
        }

        var stale = snapshot.Diagnostics.Where(d => d.Message.StartsWith("review is stale", StringComparison.Ordinal)).Select(d => d.Path).ToList();
        output.WriteLine("Stale reviews: " + (stale.Count == 0 ? "none" : string.Join(", ", stale)));
        output.WriteLine("Drafts: " + Join(articles.Where(a => a.Status is ArticleStatus.Draft or ArticleStatus.InReview).Select(a => a.Id)));
        output.WriteLine("Retired: " + Join(articles.Where(a => a.Status == ArticleStatus.Retired).Select(a => a.Id)));
        output.WriteLine(errors == 0 ? "Result: OK" : $"Result: FAILED with {errors} error(s)");
    }

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
