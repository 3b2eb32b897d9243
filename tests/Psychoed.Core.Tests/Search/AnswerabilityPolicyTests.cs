using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Search;

public sealed class AnswerabilityPolicyTests
{
    private static readonly SearchOptions Options = new();

    [Fact]
    public void A_short_message_without_a_mental_health_word_is_not_covered_however_well_a_passage_matches_it()
    {
        // "how do i get rid of a sore throat": three words, all in the eating-disorders article.
        var evidence = new Evidence(Coverage: 1f, MatchedWeight: 15f, TotalWeight: 15f, MatchedConcepts: 3, Concepts: 3, HasDomainTerm: false, TopScore: 40f);

        Assert.False(AnswerabilityPolicy.IsAnswerable(evidence, Options));
    }

    [Fact]
    public void A_long_everyday_description_can_be_covered_without_a_mental_health_word()
    {
        var evidence = new Evidence(Coverage: 0.5f, MatchedWeight: 15f, TotalWeight: 30f, MatchedConcepts: 4, Concepts: 8, HasDomainTerm: false, TopScore: 25f);

        Assert.True(AnswerabilityPolicy.IsAnswerable(evidence, Options));
    }

    [Theory]
    [InlineData(0.12f, true)]
    [InlineData(0.05f, false)]
    public void A_question_with_a_mental_health_word_needs_only_a_little_of_it_matched(float coverage, bool answerable)
    {
        var evidence = new Evidence(coverage, coverage * 20, 20f, 1, 6, HasDomainTerm: true, TopScore: 12f);

        Assert.Equal(answerable, AnswerabilityPolicy.IsAnswerable(evidence, Options));
    }

    [Fact]
    public void No_evidence_is_never_answerable()
    {
        Assert.False(AnswerabilityPolicy.IsAnswerable(Evidence.None, Options));
    }
}
