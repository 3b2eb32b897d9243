using System.CommandLine;
using Psychoed.Core.Privacy;
using Psychoed.Data;

namespace Psychoed.Cli.Commands;

/// <summary><c>psychoed corpus feedback</c>: the articles and passages with the most 👎 over a period, with the comments.</summary>
internal static class CorpusFeedbackCommand
{
    private const int MaxComments = 5;

    public static Command Create(CliEnvironment environment)
    {
        var data = CommonOptions.Data();
        var days = CommonOptions.Days();
        var top = CommonOptions.Top();
        var command = new Command("feedback", "Articles and passages with the most 👎 ratings, with the users' (scrubbed) comments.") { data, days, top };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return await ReportDatabase.RunReportAsync(parse.GetValue(data)!.FullName, "feedback", parse.InvocationConfiguration.Error, async database =>
            {
                var since = environment.Clock.GetUtcNow().AddDays(-parse.GetValue(days));
                var rows = (await database.FeedbackSinceAsync(since, ct))
                    .Select(r => new Rating(r.ArticleId, r.PassageId, r.Down, r.Comment is null ? null : PiiScrubber.Scrub(r.Comment), r.CreatedUtc))
                    .ToList();
                Write(output, rows, parse.GetValue(days), since, parse.GetValue(top));
            }, ct);
        });
        return command;
    }

    private static void Write(TextWriter output, List<Rating> rows, int days, DateTimeOffset since, int top)
    {
        var downs = rows.Count(r => r.Down);
        output.WriteLine($"Feedback, last {days} day(s) (since {since:yyyy-MM-dd}): {rows.Count} rating(s), {rows.Count - downs} 👍, {downs} 👎");
        if (downs == 0)
        {
            output.WriteLine("No 👎 to report.");
            return;
        }

        output.WriteLine();
        output.WriteLine("Articles with the most 👎:");
        var articles = rows.GroupBy(r => r.ArticleId ?? "(no article)")
            .Select(g => (Id: g.Key, Down: g.Count(r => r.Down), Up: g.Count(r => !r.Down), Rows: g.ToList()))
            .Where(a => a.Down > 0)
            .OrderByDescending(a => a.Down).ThenBy(a => a.Up).ThenBy(a => a.Id, StringComparer.Ordinal);
        foreach (var article in articles.Take(top))
        {
            output.WriteLine($"  {article.Down,4} 👎 {article.Up,4} 👍  {article.Id}");
            var comments = article.Rows.Where(r => r.Down && !string.IsNullOrWhiteSpace(r.Comment)).Take(MaxComments).ToList();
            foreach (var rating in comments)
            {
                output.WriteLine($"             {rating.CreatedUtc[..Math.Min(10, rating.CreatedUtc.Length)]} {rating.PassageId ?? ""}: \"{OneLine(rating.Comment!)}\"");
            }
        }

        output.WriteLine();
        output.WriteLine("Passages with the most 👎:");
        var passages = rows.Where(r => r.Down && r.PassageId is not null)
            .GroupBy(r => r.PassageId!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var passage in passages.Take(top))
        {
            output.WriteLine($"  {passage.Count(),4} 👎  {passage.Key}");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Rating(string? ArticleId, string? PassageId, bool Down, string? Comment, string CreatedUtc);
}
