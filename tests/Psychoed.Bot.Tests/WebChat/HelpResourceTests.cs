using Psychoed.Bot.Tests.Support;
using Psychoed.Bot.WebChat;
using Psychoed.Core.Safety;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>The "Need help now?" contacts come from the safety data, region by region.</summary>
public sealed class HelpResourceTests
{
    [Fact]
    public async Task Each_region_shows_its_general_crisis_contacts_from_the_repository_corpus()
    {
        var repositoryCorpus = Path.Combine(Directory.GetParent(NodeTool.TestsFolder)!.Parent!.Parent!.FullName, "corpus");
        var safety = await SafetyCatalogLoader.LoadAsync(SafetyCatalogLoader.FolderOf(repositoryCorpus));

        var catalog = HelpResourceSelection.FromDirectory(safety.Resources, safety.Source);

        var us = catalog.For("US", "US");
        Assert.Equal(["Call or text 988, or chat at 988lifeline.org", "Text HOME to 741741", "Call 911 if you or someone else is in immediate danger"],
            us.Resources.Select(r => r.Contact));
        Assert.Equal("tel:988", us.Resources[0].Action);
        Assert.Contains(catalog.For("GB", "US").Resources, r => r.Name == "Samaritans");
        Assert.Equal(["US", "AU", "CA", "IE", "GB"], catalog.Regions.Select(r => r.Code));
    }

    [Fact]
    public async Task Before_the_corpus_has_loaded_the_page_shows_the_built_in_safety_contacts()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:CorpusPath"] = Path.Combine(Path.GetTempPath(), "no-corpus-" + Guid.NewGuid().ToString("N")) });
        using var client = host.CreateClient();

        var config = await client.GetStringAsync("/api/webchat/config");

        Assert.Contains("tel:988", config, StringComparison.Ordinal);
        Assert.Contains("Samaritans", config, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_region_gets_the_default_one()
    {
        var catalog = new HelpResourceCatalog([], "none");

        Assert.Equal("US", catalog.For("ZZ", "US").Code);
        Assert.Contains(catalog.For(null, "US").Resources, r => r.Contact == "Call or text 988");
    }

    [Theory]
    [InlineData("#FFFFFF", "#111111")]
    [InlineData("#0B6E6E", "#FFFFFF")]
    [InlineData("#F5C400", "#111111")]
    public void Text_on_the_accent_is_whichever_of_white_or_black_reads_better(string accent, string expected)
    {
        Assert.Equal(expected, ColorContrast.TextOn(accent));
        Assert.True(ColorContrast.Ratio(accent, expected) >= 4.5);
    }
}
