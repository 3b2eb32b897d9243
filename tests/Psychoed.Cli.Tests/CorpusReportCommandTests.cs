using System.Security.Cryptography;
using Psychoed.Cli.Tests.Support;
using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Tests;

public sealed class CorpusReportCommandTests
{
    [Fact]
    public async Task Gaps_groups_similar_questions_with_counts_most_frequent_first()
    {
        using var db = new SeededDatabase()
            .Gap("Can ketamine help with tinnitus?").Gap("can ketamine help with tinnitus").Gap("Does ketamine help tinnitus?", "low_confidence")
            .Gap("Is lithium safe in pregnancy?").Gap("lithium and pregnancy safety", "low_confidence")
            .Gap("What's the weather tomorrow?")
            .Gap("Can ketamine help with tinnitus?", daysAgo: 60);

        var (exitCode, output, error) = await CliRunner.RunAsync(db.Environment, "corpus", "gaps", "--data", db.DataPath, "--days", "30");

        Assert.True(exitCode == 0, error);
        Assert.Contains("last 30 day(s) (since 2026-02-08): 6 question(s) in 3 group(s)", output, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.Trim()).ToList();
        var ketamine = lines.FindIndex(l => l.StartsWith("3  \"Can ketamine help with tinnitus?\" (out_of_scope 2, low_confidence 1)", StringComparison.Ordinal));
        var lithium = lines.FindIndex(l => l.StartsWith("2  ", StringComparison.Ordinal) && l.Contains("lithium", StringComparison.OrdinalIgnoreCase));
        var weather = lines.FindIndex(l => l.StartsWith("1  \"What's the weather tomorrow?\"", StringComparison.Ordinal));
        Assert.True(ketamine >= 0 && lithium > ketamine && weather > lithium, output);
        Assert.Contains("also: \"Does ketamine help tinnitus?\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_lists_the_articles_and_passages_with_the_most_thumbs_down_and_their_comments()
    {
        using var db = new SeededDatabase()
            .Rating("sleep-and-insomnia#2", down: true, "too long, I gave up")
            .Rating("sleep-and-insomnia#2", down: true)
            .Rating("sleep-and-insomnia#4", down: true, "did not answer my question")
            .Rating("sleep-and-insomnia#1", down: false)
            .Rating("panic-attacks#1", down: true, "felt cold")
            .Rating("panic-attacks#1", down: false)
            .Rating("panic-attacks#1", down: false)
            .Rating("grief-and-loss#3", down: true, "old complaint", daysAgo: 90);

        var (exitCode, output, error) = await CliRunner.RunAsync(db.Environment, "corpus", "feedback", "--data", db.DataPath);

        Assert.True(exitCode == 0, error);
        Assert.Contains("7 rating(s), 3 👍, 4 👎", output, StringComparison.Ordinal);
        var sleep = output.IndexOf("   3 👎    1 👍  sleep-and-insomnia", StringComparison.Ordinal);
        var panic = output.IndexOf("   1 👎    2 👍  panic-attacks", StringComparison.Ordinal);
        Assert.True(sleep >= 0 && panic > sleep, output);
        Assert.Contains("sleep-and-insomnia#2: \"too long, I gave up\"", output, StringComparison.Ordinal);
        Assert.Contains("   2 👎  sleep-and-insomnia#2", output, StringComparison.Ordinal);
        Assert.DoesNotContain("grief", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_data_that_reached_the_database_is_scrubbed_again_in_the_reports()
    {
        using var db = new SeededDatabase().Gap("my email is jo.bloggs@example.com, can you help with tinnitus").Rating("a#1", down: true, "call me on 07700 900123");

        var (_, gaps, _) = await CliRunner.RunAsync(db.Environment, "corpus", "gaps", "--data", db.DataPath);
        var (_, feedback, _) = await CliRunner.RunAsync(db.Environment, "corpus", "feedback", "--data", db.DataPath);

        Assert.DoesNotContain("jo.bloggs", gaps, StringComparison.Ordinal);
        Assert.Contains("[email]", gaps, StringComparison.Ordinal);
        Assert.DoesNotContain("900123", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_open_the_database_read_only()
    {
        using var db = new SeededDatabase().Gap("question one").Rating("a#1", down: true, "meh");
        var before = SHA256.HashData(await File.ReadAllBytesAsync(db.FilePath));

        await CliRunner.RunAsync(db.Environment, "corpus", "gaps", "--data", db.DataPath);
        await CliRunner.RunAsync(db.Environment, "corpus", "feedback", "--data", db.DataPath);

        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(db.FilePath)));
    }

    [Theory]
    [InlineData("gaps")]
    [InlineData("feedback")]
    public async Task A_missing_database_is_a_clear_error(string report)
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = await CliRunner.RunAsync("corpus", report, "--data", folder.Root);

        Assert.Equal(2, exitCode);
        Assert.Contains("no database at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.PathOf("psychoed.db")));
    }

    [Fact]
    public async Task Days_out_of_range_is_refused()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("corpus", "gaps", "--days", "0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--days must be between 1 and 3650", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_shows_articles_by_topic_and_status_and_reading_levels()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("corpus", "stats", "--corpus", CliRunner.RepositoryCorpus());

        Assert.Equal(0, exitCode);
        Assert.Contains("By status: published", output, StringComparison.Ordinal);
        Assert.Contains("Reading level (Flesch-Kincaid grade)", output, StringComparison.Ordinal);
        Assert.Contains("Stale reviews:", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Topic\s+draft\s+in_review\s+published\s+retired$", output);
        Assert.Matches(@"(?m)^sleep\s+\d+\s+\d+\s+\d+\s+\d+", output);
    }

    [Fact]
    public async Task Status_shows_a_failed_reload_with_its_errors_and_exits_one()
    {
        using var folder = new TempFolder();
        await CorpusStatusFile.WriteAsync(folder.Root, new CorpusStatus
        {
            CorpusPath = "/srv/corpus",
            ServingVersion = "aaaaaaaaaaaaaaaa",
            LastAttemptVersion = "bbbbbbbbbbbbbbbb",
            ArticlesByStatus = new Dictionary<string, int> { ["published"] = 50, ["draft"] = 1 },
            Passages = 400,
            LastReloadUtc = SeededDatabase.Now,
            LastSuccessUtc = SeededDatabase.Now.AddMinutes(-5),
            LastResult = "failed",
            Errors = ["articles/living/broken.md:1: error: front matter is not terminated"],
            Reloads = 3,
        });

        var (exitCode, output, _) = await CliRunner.RunAsync("corpus", "status", "--data", folder.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("Serving version: aaaaaaaaaaaa (loaded 2026-03-10 11:55:00 UTC)", output, StringComparison.Ordinal);
        Assert.Contains("result: failed (attempted version bbbbbbbbbbbb)", output, StringComparison.Ordinal);
        Assert.Contains("Articles: draft 1, published 50; 400 passage(s) indexed", output, StringComparison.Ordinal);
        Assert.Contains("  articles/living/broken.md:1: error: front matter is not terminated", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_without_a_status_file_says_where_it_looked()
    {
        using var folder = new TempFolder();

        var (exitCode, _, error) = await CliRunner.RunAsync("corpus", "status", "--data", folder.Root);

        Assert.Equal(2, exitCode);
        Assert.Contains("no corpus status at", error, StringComparison.Ordinal);
    }
}
