using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>Every help line records when and against what it was last checked; stale or missing checks are warnings.</summary>
public sealed class ResourceVerificationTests
{
    private static string RepositoryResources => File.ReadAllText(Path.Combine(EvalCases.CorpusRoot, "safety", "resources.yaml"));

    [Fact]
    public void Every_repository_resource_has_a_verified_date_and_a_source_page()
    {
        foreach (var code in SafetyCatalogLoader.BuiltIn.Resources.Codes)
        {
            Assert.All(SafetyCatalogLoader.BuiltIn.Resources.Region(code).Resources, r =>
            {
                Assert.True(r.Verified is not null, $"{r.Id} has no verified date");
                Assert.True(ArticleParser.IsAbsoluteHttpUrl(r.Source), $"{r.Id} has no source URL");
            });
        }
    }

    [Theory]
    [InlineData("GB", "Lifeline (Northern Ireland)", "0808 808 8000")]
    [InlineData("CA", "Centre antipoison du Québec", "1-800-463-5060")]
    [InlineData("AU", "1800MEDICARE", "1800 633 422")]
    public void The_review_s_new_lines_are_in_the_resources(string region, string name, string number)
    {
        var resource = SafetyCatalogLoader.BuiltIn.Resources.Region(region).Resources.Single(r => r.Name == name);

        Assert.Contains(number, resource.Contact, StringComparison.Ordinal);
    }

    [Fact]
    public void The_retired_healthdirect_number_is_gone()
    {
        Assert.DoesNotContain("022 222", RepositoryResources, StringComparison.Ordinal);
        Assert.DoesNotContain("1800022222", RepositoryResources, StringComparison.Ordinal);
    }

    [Fact]
    public void Childhelp_is_described_as_advice_and_the_emergency_number_comes_first_for_child_abuse()
    {
        var us = SafetyCatalogLoader.BuiltIn.Resources.Region("US");

        Assert.True(us.Serving("child_abuse")[0].IsEmergency);
        Assert.Contains("not a reporting line", us.Resources.Single(r => r.Id == "us-childhelp").Contact, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_resources_are_fresh_today()
    {
        var findings = ResourceFreshness.Check(SafetyCatalogLoader.BuiltIn.Resources, RepositoryResources, new DateOnly(2026, 12, 2));

        Assert.Empty(findings);
    }

    [Fact]
    public void A_check_older_than_twelve_months_or_missing_is_reported_at_the_entry_s_line()
    {
        var yaml = RepositoryResources.Replace("      - id: us-ctl\n", "      - id: us-ctl\n        verified: 2024-01-01\n", StringComparison.Ordinal);
        yaml = RemoveLine(yaml, "us-ctl", "        verified: 2026-12-02");
        yaml = RemoveLine(yaml, "us-911", "        verified: 2026-12-02");
        yaml = RemoveLine(yaml, "us-911", "        source: https://www.911.gov/");
        var directory = Load(yaml);

        var findings = ResourceFreshness.Check(directory, yaml, new DateOnly(2026, 12, 2));

        var lines = yaml.Split('\n');
        var stale = Assert.Single(findings, f => f.Id == "us-ctl");
        Assert.Contains("last verified 2024-01-01, more than 12 months ago", stale.Message, StringComparison.Ordinal);
        Assert.Equal("      - id: us-ctl", lines[stale.Line - 1]);
        Assert.Contains(findings, f => f.Id == "us-911" && f.Message.Contains("has no verified date", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Id == "us-911" && f.Message.Contains("has no source", StringComparison.Ordinal));
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void A_bad_verified_date_or_source_rejects_the_safety_data()
    {
        var yaml = RemoveLine(RepositoryResources, "us-988", "        verified: 2026-12-02")
            .Replace("      - id: us-988\n", "      - id: us-988\n        verified: 2026-02-30\n", StringComparison.Ordinal)
            .Replace("        source: https://988lifeline.org/\n", "        source: 988lifeline.org\n", StringComparison.Ordinal);

        var ex = Assert.Throws<SafetyDataException>(() => Load(yaml));

        Assert.Contains(ex.Problems, p => p.Contains("verified '2026-02-30' is not a valid date", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Contains("source '988lifeline.org' is not an absolute http(s) URL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_that_cannot_fill_a_placeholder_rejects_the_safety_data()
    {
        var yaml = RepositoryResources.Replace("        emergency: true\n        contact: Call 000", "        contact: Call 000", StringComparison.Ordinal);

        var ex = Assert.Throws<SafetyDataException>(() => Load(yaml));

        Assert.Contains(ex.Problems, p => p.Contains("region AU", StringComparison.Ordinal) && p.Contains("{emergency_number} cannot be filled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Corpus_validation_warns_about_a_stale_resource_with_its_path_and_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/a.md", TempCorpus.Article("a"));
        foreach (var name in SafetyCatalogLoader.FileNames)
        {
            var text = File.ReadAllText(Path.Combine(EvalCases.CorpusRoot, "safety", name));
            corpus.Write("safety/" + name, name == "resources.yaml" ? text.Replace("verified: 2026-12-02\n        source: https://www.samaritans.org/how", "verified: 2025-06-01\n        source: https://www.samaritans.org/how", StringComparison.Ordinal) : text);
        }

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: FixedClock.On(2026, 12, 2));

        var warning = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("safety/resources.yaml", warning.Path);
        Assert.Contains("resource 'gb-samaritans' was last verified 2025-06-01", warning.Message, StringComparison.Ordinal);
        Assert.True(warning.Line > 0);
        Assert.Single(snapshot.Articles);
    }

    private static ResourceDirectory Load(string resourcesYaml)
    {
        var texts = SafetyCatalogLoader.FileNames.ToDictionary(
            n => n, n => n == "resources.yaml" ? resourcesYaml : File.ReadAllText(Path.Combine(EvalCases.CorpusRoot, "safety", n)));
        return SafetyCatalogBuilder.Build(texts, "test").Resources;
    }

    // Removes the first occurrence of `line` after the entry `id:` begins.
    private static string RemoveLine(string yaml, string id, string line)
    {
        var start = yaml.IndexOf($"      - id: {id}\n", StringComparison.Ordinal);
        var at = yaml.IndexOf(line + "\n", start, StringComparison.Ordinal);
        return yaml.Remove(at, line.Length + 1);
    }
}
