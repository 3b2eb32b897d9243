using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Bot.WebChat;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>Reading the corpus's crisis contacts for "Need help now?", and falling back safely.</summary>
public sealed class HelpResourceYamlTests : IDisposable
{
    private readonly string _corpus = Path.Combine(Path.GetTempPath(), "psychoed-help-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Regions_keyed_by_code_with_contacts_are_read_and_other_categories_left_out()
    {
        var regions = HelpResourceYaml.Parse("""
            regions:
              US:
                resources:
                  - name: 988 Suicide & Crisis Lifeline
                    contact: Call or text 988
                    action: tel:988
                    hours: 24/7
                    categories: [suicide, self_harm]
                  - name: Poison Control
                    contact: Call 1-800-222-1222
                    categories: [medical_emergency]
              GB:
                resources:
                  - name: Samaritans
                    contact: Call 116 123
                    action: tel:116123
            """);

        var us = Assert.Single(regions, r => r.Code == "US");
        var lifeline = Assert.Single(us.Resources);
        Assert.Equal("Call or text 988", lifeline.Contact);
        Assert.Equal("tel:988", lifeline.Action);
        Assert.Equal("24/7", lifeline.Hours);
        Assert.Equal("United Kingdom", Assert.Single(regions, r => r.Code == "GB").Name);
    }

    [Fact]
    public void A_list_of_contacts_with_a_region_field_is_read_and_unsafe_links_dropped()
    {
        var regions = HelpResourceYaml.Parse("""
            - region: ca
              name: 9-8-8 Suicide Crisis Helpline
              contact: Call or text 988
              action: javascript:alert(1)
            """);

        var contact = Assert.Single(Assert.Single(regions).Resources);
        Assert.Equal("CA", regions[0].Code);
        Assert.Null(contact.Action);
    }

    [Fact]
    public void A_missing_file_falls_back_to_the_built_in_united_states_list()
    {
        var catalog = HelpResourceLoader.Load(_corpus, Path.GetTempPath(), NullLogger.Instance);

        Assert.Equal("built-in", catalog.Source);
        Assert.Equal("US", catalog.For("GB", "US").Code);
    }

    [Fact]
    public void An_unreadable_file_falls_back_to_the_built_in_list()
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "safety"));
        File.WriteAllText(Path.Combine(_corpus, "safety", "resources.yaml"), "regions: [unclosed");

        var catalog = HelpResourceLoader.Load(_corpus, Path.GetTempPath(), NullLogger.Instance);

        Assert.Equal("built-in", catalog.Source);
        Assert.Contains(catalog.For("US", "US").Resources, r => r.Contact == "Call or text 988");
    }

    [Fact]
    public void The_corpus_file_is_used_when_it_has_contacts()
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "safety"));
        File.WriteAllText(Path.Combine(_corpus, "safety", "resources.yaml"), """
            IE:
              - name: Samaritans Ireland
                contact: Call 116 123
            """);

        var catalog = HelpResourceLoader.Load(_corpus, Path.GetTempPath(), NullLogger.Instance);

        Assert.EndsWith("resources.yaml", catalog.Source, StringComparison.Ordinal);
        Assert.Equal("IE", catalog.For(null, "IE").Code);
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
