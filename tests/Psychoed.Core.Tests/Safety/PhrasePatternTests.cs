using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

public sealed class PhrasePatternTests
{
    private static bool Matches(string pattern, string text, PatternAnchor anchor = PatternAnchor.Anywhere)
    {
        var normalizer = Pipelines.Catalog.Normalizer;
        return PhrasePattern.Compile(pattern, normalizer, anchor).IsMatch(normalizer.Normalize(text));
    }

    [Theory]
    [InlineData("(kill|end) myself", "i want to end myself", true)]
    [InlineData("i [really] want to die", "I really want to die", true)]
    [InlineData("i [really] want to die", "I want to die", true)]
    [InlineData("i (so)? want", "i so want", true)]
    [InlineData("took ... pills", "took a lot of pills", true)]
    [InlineData("took ... pills", "took way more than a few pills", false)]
    [InlineData("took ~ pills", "took way more than a few pills", true)]
    [InlineData("overdos*", "she overdosed", true)]
    [InlineData("i * to die", "i want to die", true)]
    [InlineData("want to die", "want to, die", false)]
    [InlineData("can't go on", "I cant go on", true)]
    [InlineData("kill", "skill", false)]
    public void Patterns_match_whole_words_within_a_clause(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, Matches(pattern, text));
    }

    [Fact]
    public void Whole_and_start_patterns_ignore_punctuation()
    {
        Assert.True(Matches("(hi|hello) [there]", "Hello there!!", PatternAnchor.Whole));
        Assert.False(Matches("(hi|hello) [there]", "hello, I feel sad", PatternAnchor.Whole));
        Assert.True(Matches("(hi|hello)", "hello, I feel sad", PatternAnchor.Start));
    }

    [Theory]
    [InlineData("(unclosed")]
    [InlineData("closed)")]
    [InlineData("[a|b")]
    [InlineData("   ")]
    public void A_malformed_pattern_is_rejected_with_a_reason(string pattern)
    {
        Assert.Throws<FormatException>(() => PhrasePattern.Compile(pattern, Pipelines.Catalog.Normalizer));
    }
}
