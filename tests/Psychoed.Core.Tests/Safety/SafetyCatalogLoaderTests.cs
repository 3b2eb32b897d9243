using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

public sealed class SafetyCatalogLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "psychoed-safety-" + Guid.NewGuid().ToString("N"));

    public SafetyCatalogLoaderTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var name in SafetyCatalogLoader.FileNames)
        {
            File.Copy(Path.Combine(EvalCases.CorpusRoot, "safety", name), Path.Combine(_folder, name));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_repository_safety_folder_loads_without_problems_and_matches_the_built_in_copy()
    {
        var catalog = await SafetyCatalogLoader.LoadAsync(_folder);

        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(SafetyCatalogLoader.BuiltIn.Rules.Select(r => r.Id), catalog.Rules.Select(r => r.Id));
    }

    [Fact]
    public async Task A_missing_folder_falls_back_to_the_built_in_data_and_says_so()
    {
        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(Path.Combine(_folder, "nope"));

        Assert.Equal("embedded", catalog.Source);
        Assert.Contains(catalog.Diagnostics, d => d.Contains("not found"));
        Assert.Equal(SafetyLevel.Crisis, new SafetyScreen(catalog).Screen("kms").Level);
    }

    [Fact]
    public async Task A_broken_rules_file_is_reported_with_its_line_and_the_built_in_data_stands_in()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "rules.yaml"), "rules:\n  - id: x\n    patterns: [unclosed\n");

        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(_folder);

        Assert.Equal("embedded", catalog.Source);
        Assert.Contains(catalog.Diagnostics, d => d.StartsWith("rules.yaml:"));
    }

    [Fact]
    public async Task Every_problem_is_listed_not_only_the_first()
    {
        var rules = await File.ReadAllTextAsync(Path.Combine(_folder, "rules.yaml"));
        rules = rules.Replace("category: abuse", "category: abusee").Replace("- (kill|killing|unalive|unaliving) myself", "- (kill|killing myself");
        await File.WriteAllTextAsync(Path.Combine(_folder, "rules.yaml"), rules);

        var ex = await Assert.ThrowsAsync<SafetyDataException>(() => SafetyCatalogLoader.LoadAsync(_folder));

        Assert.Contains(ex.Problems, p => p.Contains("unknown category 'abusee'"));
        Assert.Contains(ex.Problems, p => p.Contains("missing ')'"));
    }

    [Fact]
    public async Task A_resource_without_a_contact_or_with_an_unsafe_link_is_rejected()
    {
        var resources = await File.ReadAllTextAsync(Path.Combine(_folder, "resources.yaml"));
        resources = resources.Replace("action: tel:988\n", "action: javascript:alert(1)\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "resources.yaml"), resources);

        var ex = await Assert.ThrowsAsync<SafetyDataException>(() => SafetyCatalogLoader.LoadAsync(_folder));

        Assert.Contains(ex.Problems, p => p.Contains("action must start with tel:, sms: or https://"));
    }

    [Fact]
    public void Every_region_shows_resources_with_contacts_and_links_for_every_need()
    {
        var directory = SafetyCatalogLoader.BuiltIn.Resources;
        var needs = Enum.GetValues<CrisisCategory>().Select(c => c.ToName()).Concat(["general", "support", "poison"]);

        foreach (var code in new[] { "US", "GB", "CA", "AU", "IE" })
        {
            var region = directory.Region(code);
            Assert.Equal(code, region.Code);
            foreach (var need in needs)
            {
                var shown = region.Serving(need);
                Assert.True(shown.Count > 0, $"{code} {need}");
                Assert.All(shown, r => Assert.False(string.IsNullOrWhiteSpace(r.Contact)));
                Assert.All(shown, r => Assert.Matches("^(tel:|sms:|https://)", r.Action ?? "tel:"));
            }

            Assert.NotNull(region.ReferralFor("default"));
            Assert.Contains(region.Serving("general"), r => r.IsEmergency);
        }
    }

    [Theory]
    [InlineData("US", "988 Suicide & Crisis Lifeline", "988")]
    [InlineData("US", "Crisis Text Line", "741741")]
    [InlineData("US", "National Domestic Violence Hotline", "1-800-799-7233")]
    [InlineData("US", "National Domestic Violence Hotline", "88788")]
    [InlineData("US", "RAINN National Sexual Assault Hotline", "1-800-656-4673")]
    [InlineData("US", "Poison Control", "1-800-222-1222")]
    [InlineData("US", "Childhelp National Child Abuse Hotline", "1-800-422-4453")]
    [InlineData("US", "SAMHSA National Helpline", "1-800-662-4357")]
    [InlineData("GB", "Samaritans", "116 123")]
    [InlineData("GB", "Shout", "85258")]
    [InlineData("AU", "Lifeline", "13 11 14")]
    [InlineData("IE", "50808", "HELLO to 50808")]
    public void The_issue_s_numbers_are_in_the_resources(string region, string name, string number)
    {
        var resource = SafetyCatalogLoader.BuiltIn.Resources.Region(region).Resources.Single(r => r.Name == name);

        Assert.Contains(number, resource.Contact);
    }
}
