using System.CommandLine;
using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Commands;

/// <summary><c>psychoed corpus stats</c>: articles by topic and status, reading levels and stale reviews.</summary>
internal static class CorpusStatsCommand
{
    private static readonly ArticleStatus[] Statuses = Enum.GetValues<ArticleStatus>();

    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var command = new Command("stats", "Articles by topic and status, reading levels and stale reviews.") { corpus };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var snapshot = await CorpusLoader.LoadAsync(parse.GetValue(corpus)!.FullName, ct);
            CorpusReport.Write(output, snapshot, diagnostics: false);
            WriteTopicTable(output, snapshot);
            WriteHardest(output, snapshot);
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
