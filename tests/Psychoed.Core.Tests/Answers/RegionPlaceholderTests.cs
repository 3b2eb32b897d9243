using Psychoed.Core.Answers;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Answers;

public sealed class RegionPlaceholderTests
{
    private const string CrisisPassage =
        "If you are thinking about suicide, contact {crisis_line}. In an emergency, call {emergency_number} or your local emergency number.";

    private static RegionResources Region(string code) => Pipelines.Catalog.Resources.Region(code);

    [Fact]
    public void A_GB_reader_gets_999_and_Samaritans()
    {
        var text = RegionPlaceholders.Fill(CrisisPassage, Region("GB"));

        Assert.Contains("contact Samaritans: call 116 123", text, StringComparison.Ordinal);
        Assert.Contains("call 999 or your local emergency number", text, StringComparison.Ordinal);
        Assert.DoesNotContain("911", text, StringComparison.Ordinal);
        Assert.DoesNotContain("988", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US", "911", "988 Suicide & Crisis Lifeline")]
    [InlineData("CA", "911", "9-8-8 Suicide Crisis Helpline")]
    [InlineData("AU", "000", "Lifeline: call 13 11 14")]
    [InlineData("IE", "112", "Samaritans: call 116 123")]
    public void Each_region_gets_its_own_emergency_number_and_crisis_line(string code, string emergency, string crisisLine)
    {
        var text = RegionPlaceholders.Fill(CrisisPassage, Region(code));

        Assert.Contains($"call {emergency} or", text, StringComparison.Ordinal);
        Assert.Contains(crisisLine, text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_child_abuse_and_poison_lines_never_fall_back_to_the_emergency_number()
    {
        var text = RegionPlaceholders.Fill("{child_abuse_line} / {poison_line} / {abuse_line} / {sexual_assault_line}", Region("US"));

        Assert.Contains("Childhelp National Child Abuse Hotline: call or text 1-800-422-4453", text, StringComparison.Ordinal);
        Assert.Contains("Poison Control: call 1-800-222-1222", text, StringComparison.Ordinal);
        Assert.Contains("National Domestic Violence Hotline", text, StringComparison.Ordinal);
        Assert.Contains("RAINN", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_placeholder_and_other_braces_are_left_as_written()
    {
        var text = RegionPlaceholders.Fill("Call {hotline_number} or see {title} and {CRISIS_LINE}.", Region("US"));

        Assert.Equal("Call {hotline_number} or see {title} and {CRISIS_LINE}.", text);
    }

    [Fact]
    public void Every_region_in_the_built_in_resources_can_fill_every_placeholder()
    {
        foreach (var code in Pipelines.Catalog.Resources.Codes)
        {
            Assert.Empty(RegionPlaceholders.Unfillable(Region(code)));
        }
    }

    [Fact]
    public void A_GB_reader_quoted_a_crisis_passage_sees_UK_numbers_in_the_reply()
    {
        var search = new FakePassageSearch();
        search.Add("safety-planning", "Safety planning", "Who can I ask for help?", ["suicide"], "crisis", CrisisPassage, "befriending");
        var memory = new ConversationMemory { Region = "GB" };

        var reply = Pipelines.Ask("tell me about befriending", memory, search: search);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("Samaritans: call 116 123", reply.Body, StringComparison.Ordinal);
        Assert.Contains("call 999", reply.Body, StringComparison.Ordinal);
        Assert.Contains("call 999", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("911", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_with_no_region_gets_the_default_regions_numbers()
    {
        var search = new FakePassageSearch();
        search.Add("safety-planning", "Safety planning", "Who can I ask for help?", ["suicide"], "crisis", CrisisPassage, "befriending");

        var reply = Pipelines.Ask("tell me about befriending", search: search);

        Assert.Contains("call 911", reply.Body, StringComparison.Ordinal);
        Assert.Contains("988 Suicide & Crisis Lifeline: call or text 988", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_index_reads_a_placeholder_as_plain_words()
    {
        var analyzer = PsychoedAnalyzer.Create([], [], StemmerKind.KStem);

        var terms = analyzer.Terms("Please contact {crisis_line} or call {emergency_number}.");

        Assert.Equal(analyzer.Terms("Please contact crisis line or call emergency number."), terms);
        Assert.DoesNotContain(terms, t => t.Contains('_', StringComparison.Ordinal) || t.Contains('{', StringComparison.Ordinal));
    }
}
