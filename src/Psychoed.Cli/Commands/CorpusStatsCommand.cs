using System.CommandLine;
using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Commands;

/// <summary><c>psychoed corpus stats</c>: articles by topic and status, reading levels, stale reviews and the fact register.</summary>
internal static class CorpusStatsCommand
{
    private static readonly ArticleStatus[] Statuses = Enum.GetValues<ArticleStatus>();

    public static Command Create(CliEnvironment environment)
    {
        var corpus = CommonOptions.Corpus();
        var claimsMaxAge = new Option<int?>("--claims-max-age-days")
        {
            Description = $"List claims last checked more than this many days ago (1-3650; default {ClaimRegister.DefaultMaxAgeMonths} months).",
            Validators = { result => { if (result.GetValueOrDefault<int?>() is < 1 or > 3650) { result.AddError("--claims-max-age-days must be between 1 and 3650."); } } },
        };
        var command = new Command("stats", "Articles by topic and status, reading levels, stale reviews and claims due for a re-check.") { corpus, claimsMaxAge };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var snapshot = await CorpusLoader.LoadAsync(parse.GetValue(corpus)!.FullName, ct, environment.Clock);
            CorpusReport.Write(output, snapshot, diagnostics: false);
            WriteTopicTable(output, snapshot);
            WriteHardest(output, snapshot);
            CorpusClaimsReport.Write(output, snapshot, environment.Today, parse.GetValue(claimsMaxAge));
            return 0;
        });
        return command;
    }

    private static void WriteTopicTable(TextWriter output, CorpusSnapshot snapshot)
    {
        output.WriteLine();
        output.WriteLine($"{"Topic",-22}" + string.Concat(Statuses.Select(s => $"{ArticleParser.StatusName(s),11}")));
        var topics = snapshot.Topics.Select(t => t.Id).Concat(snapshot.Articles.SelectMany(a => a.Topics)).Distinct().Order(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var counts = Statuses.Select(s => snapshot.Articles.Count(a => a.Status == s && a.Topics.Contains(topic))).ToList();
            var mark = counts[(int)ArticleStatus.Published] == 0 ? "  <- nothing published" : "";
            output.WriteLine($"{topic,-22}" + string.Concat(counts.Select(c => $"{c,11}")) + mark);
        }
    }

    private static void WriteHardest(TextWriter output, CorpusSnapshot snapshot)
    {
        output.WriteLine();
        output.WriteLine("Hardest to read (Flesch-Kincaid grade):");
        foreach (var article in snapshot.Articles.OrderByDescending(ArticleRules.GradeOf).Take(5))
        {
            output.WriteLine($"  {ArticleRules.GradeOf(article),5:0.0}  {article.Id}");
        }
    }
}
