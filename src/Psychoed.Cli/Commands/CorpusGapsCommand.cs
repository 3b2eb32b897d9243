using System.CommandLine;
using Psychoed.Cli.Reports;
using Psychoed.Core.Privacy;
using Psychoed.Data;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed corpus gaps</c>: the questions the articles could not answer (out of scope or low
/// confidence) over a period, grouped by similarity with counts: what to write next.
/// </summary>
internal static class CorpusGapsCommand
{
    private const int MaxExamples = 3;

    public static Command Create(CliEnvironment environment)
    {
        var data = CommonOptions.Data();
        var days = CommonOptions.Days();
        var top = CommonOptions.Top();
        var command = new Command("gaps", "The most frequent unanswered (out-of-scope and low-confidence) questions, grouped by similarity.") { data, days, top };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            return await ReportDatabase.RunReportAsync(parse.GetValue(data)!.FullName, "gaps", parse.InvocationConfiguration.Error, async database =>
            {
                var since = environment.Clock.GetUtcNow().AddDays(-parse.GetValue(days));
                // The bot stores questions scrubbed; scrubbing again costs little and guards older rows.
                var rows = (await database.GapsSinceAsync(since, ct)).Select(r => (PiiScrubber.Scrub(r.Question), r.Reason)).ToList();
                Write(output, QuestionGrouper.Group(rows), rows.Count, parse.GetValue(days), since, parse.GetValue(top));
            }, ct);
        });
        return command;
    }

    private static void Write(TextWriter output, IReadOnlyList<QuestionGroup> groups, int total, int days, DateTimeOffset since, int top)
    {
        output.WriteLine($"Unanswered questions, last {days} day(s) (since {since:yyyy-MM-dd}): {total} question(s) in {groups.Count} group(s)");
        if (total == 0)
        {
            output.WriteLine("Nothing to report.");
            return;
        }

        output.WriteLine($"{"Count",5}  Question (reasons; similar wordings)");
        foreach (var group in groups.Take(top))
        {
            var reasons = string.Join(", ", group.Reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"));
            output.WriteLine($"{group.Count,5}  \"{group.Representative}\" ({reasons})");
            if (group.Examples.Count > 0)
            {
                var more = group.Examples.Count > MaxExamples ? $" and {group.Examples.Count - MaxExamples} more" : "";
                output.WriteLine($"{"",5}    also: " + string.Join("; ", group.Examples.Take(MaxExamples).Select(e => $"\"{e}\"")) + more);
            }
        }

        if (groups.Count > top)
        {
            output.WriteLine($"... {groups.Count - top} smaller group(s) not shown (--top).");
        }
    }
}
