using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Bot.Tests.Support;
using Psychoed.Bot.WebChat;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>The "Need help now?" contacts come from the corpus's safety data, region by region.</summary>
public sealed class HelpResourceTests : IDisposable
{
    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "psychoed-help-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Each_region_shows_its_general_crisis_contacts_from_the_repository_corpus()
    {
        var repositoryCorpus = Path.Combine(Directory.GetParent(NodeTool.TestsFolder)!.Parent!.Parent!.FullName, "corpus");
        var catalog = await HelpResourceLoader.LoadAsync(repositoryCorpus, NullLogger.Instance);

        var us = catalog.For("US", "US");
        Assert.Equal(["Call or text 988, or chat at 988lifeline.org", "Text HOME to 741741", "Call 911 if you or someone else is in immediate danger"],
            us.Resources.Select(r => r.Contact));
        Assert.Equal("tel:988", us.Resources[0].Action);
        Assert.Contains(catalog.For("GB", "US").Resources, r => r.Name == "Samaritans");
        Assert.Equal(["US", "AU", "CA", "IE", "GB"], catalog.Regions.Select(r => r.Code));
        Assert.EndsWith("safety", catalog.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_broken_safety_folder_falls_back_to_the_built_in_copy()
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "safety"));
        await File.WriteAllTextAsync(Path.Combine(_corpus, "safety", "resources.yaml"), "regions: [unclosed");

        var broken = await HelpResourceLoader.LoadAsync(_corpus, NullLogger.Instance);
        var missing = await HelpResourceLoader.LoadAsync(Path.Combine(_corpus, "nowhere"), NullLogger.Instance);

        Assert.Contains(broken.For("US", "US").Resources, r => r.Action == "tel:988");
        Assert.Contains(missing.For("US", "US").Resources, r => r.Action == "tel:988");
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

    public void Dispose()
    {
        if (Directory.Exists(_corpus))
        {
            Directory.Delete(_corpus, recursive: true);
        }
    }
}
