using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Search;

public sealed class SpellingVocabularyTests
{
    private static readonly SpellingVocabulary Vocabulary = new(new Dictionary<string, int>
    {
        ["anxiety"] = 12,
        ["warning"] = 4,
        ["psilocybin"] = 6,
        ["stress"] = 8,
        ["sleep"] = 9,
    });

    [Theory]
    [InlineData("anxeity", "anxiety")]
    [InlineData("stres", "stress")]
    [InlineData("psilocibn", "psilocybin")]
    public void A_typo_of_a_domain_word_is_corrected(string typed, string expected)
    {
        Assert.Equal(expected, Vocabulary.Correct(typed));
    }

    [Theory]
    [InlineData("wearing")]
    [InlineData("slep")]
    [InlineData("anxiety")]
    [InlineData("12345")]
    public void Real_words_two_edits_away_short_words_and_known_words_are_left_alone(string typed)
    {
        Assert.Null(Vocabulary.Correct(typed));
    }
}
