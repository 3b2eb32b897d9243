using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

/// <summary><c>corpus stats</c> lists the fact register's claims that are due for a re-check.</summary>
public sealed class CorpusStatsClaimsTests
{
    private static readonly CliEnvironment OnDecemberSecond =
        new(new FixedClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero)), () => throw new InvalidOperationException("stats does not use the network"));

    private const string Article = """
        ---
        id: esketamine-notes
        title: Esketamine notes
        summary: A short summary.
        topics: [ketamine]
        audience: [general]
        language: en
        status: published
        last_reviewed: 2026-11-20
        reviewed_by: Clinical lead
        referral: prescriber
        sources:
          - title: FDA
            url: https://www.fda.gov/
        claims:
          - text: Esketamine is approved for treatment-resistant depression.
            source: https://www.fda.gov/approval
            checked: 2025-03-01
            volatile: true
          - text: A trial found a benefit at four weeks.
            source: https://doi.org/10.1000/trial
            checked: 2026-10-01
          - text: The clinic programme started in 2019.
            source: https://www.fda.gov/rems
            checked: 2026-11-25
            volatile: true
        ---

        ## What is it?

        It is a nasal spray medicine. It is given in a clinic. A doctor watches you after each dose.
        """;

    [Fact]
    public async Task Stats_lists_claims_checked_more_than_six_months_ago_and_the_articles_with_volatile_facts()
    {
        using var folder = new TempFolder(corpus: true);
        folder.Write("articles/esketamine-notes.md", Article);

        var (exitCode, output, error) = await CliRunner.RunAsync(OnDecemberSecond, "corpus", "stats", "--corpus", folder.Root);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Claims: 3 in 1 article(s); without claims: 0 article(s)", output, StringComparison.Ordinal);
        Assert.Contains("Claims last checked more than 6 months ago (before 2026-06-02): 1", output, StringComparison.Ordinal);
        Assert.Contains("2025-03-01  articles/esketamine-notes.md:16  Esketamine is approved for treatment-resistant depression. [volatile]", output, StringComparison.Ordinal);
        Assert.Contains("source: https://www.fda.gov/approval", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A trial found a benefit", output, StringComparison.Ordinal);
        Assert.Contains("Articles with volatile regulatory facts: 1", output, StringComparison.Ordinal);
        Assert.Contains("esketamine-notes: 2 volatile claim(s), oldest checked 2025-03-01", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_age_limit_can_be_set_in_days()
    {
        using var folder = new TempFolder(corpus: true);
        folder.Write("articles/esketamine-notes.md", Article);

        var (exitCode, output, error) = await CliRunner.RunAsync(OnDecemberSecond, "corpus", "stats", "--corpus", folder.Root, "--claims-max-age-days", "30");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Claims last checked more than 30 day(s) ago (before 2026-11-02): 2", output, StringComparison.Ordinal);
        Assert.Contains("A trial found a benefit at four weeks.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("The clinic programme started in 2019.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_range_age_limit_is_refused()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("corpus", "stats", "--claims-max-age-days", "0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--claims-max-age-days must be between 1 and 3650", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_repository_register_has_claims_for_every_treatments_article()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(OnDecemberSecond, "corpus", "stats", "--corpus", CliRunner.RepositoryCorpus());

        Assert.Equal(0, exitCode);
        Assert.Contains("Claims last checked more than 6 months ago (before 2026-06-02): none", output, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(CliRunner.RepositoryCorpus(), "articles", "treatments"), "*.md"))
        {
            Assert.Contains("\nclaims:\n", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
