using Psychoed.Core.Corpus;
using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Search;

public sealed class PsychoedAnalyzerTests
{
    private static readonly SynonymGroup[] Synonyms =
    [
        new(["ptsd", "post traumatic stress disorder", "post-traumatic stress disorder"]),
        new(["insomnia", "cant sleep", "can't sleep"]),
        new(["special k"], ["ketamine"]),
        new(["magic mushrooms", "shrooms", "psilocybin"]),
    ];

    private static readonly Topic[] Topics =
    [
        new("anxiety", "Anxiety", "Worry and nerves.", ["worried", "on edge", "nervous"]),
        new("substance-use", "Substance use", "Alcohol and drugs.", ["drinking"]),
        new("ketamine", "Ketamine", "Ketamine.", ["k"]),
    ];

    private readonly PsychoedAnalyzer _analyzer = PsychoedAnalyzer.Create(Synonyms, Topics, StemmerKind.KStem);

    [Fact]
    public void Word_forms_share_one_stem()
    {
        Assert.Equal(_analyzer.Terms("worrying"), _analyzer.Terms("worries"));
        Assert.Equal(_analyzer.Terms("panic attacks"), _analyzer.Terms("panic attack"));
    }

    [Fact]
    public void Possessives_apostrophes_case_and_stop_words_are_folded()
    {
        Assert.Equal(["therapist"], _analyzer.Terms("The THERAPIST'S"));
        Assert.Equal(_analyzer.Terms("dont"), _analyzer.Terms("don’t"));
        Assert.Empty(_analyzer.Terms("what is it that I should do"));
    }

    [Fact]
    public void A_multi_word_synonym_and_its_abbreviation_share_a_term()
    {
        var spelledOut = _analyzer.Terms("living with post-traumatic stress disorder");

        Assert.Contains("ptsd", spelledOut);
        Assert.Contains("ptsd", _analyzer.Terms("my PTSD"));
    }

    [Fact]
    public void Cant_sleep_with_or_without_apostrophe_means_insomnia()
    {
        Assert.Contains("insomnia", _analyzer.Terms("I can't sleep"));
        Assert.Contains("insomnia", _analyzer.Terms("i cant sleep"));
    }

    [Fact]
    public void A_one_way_rule_replaces_the_slang()
    {
        var terms = _analyzer.Terms("special k");

        Assert.Contains("ketamine", terms);
        Assert.DoesNotContain("special", terms);
    }

    [Fact]
    public void Topic_aliases_expand_questions_to_the_topic_token_but_not_article_text()
    {
        Assert.Contains("topic:anxiety", _analyzer.QueryTerms("I am so worried"));
        Assert.DoesNotContain("anxiety", _analyzer.QueryTerms("I am so worried"));
        Assert.DoesNotContain("topic:anxiety", _analyzer.Terms("I am so worried"));
        Assert.Contains("topic:anxiety", _analyzer.QueryTerms("always on edge"));
    }

    [Fact]
    public void A_multi_word_topic_becomes_one_term_in_questions_and_in_topic_labels()
    {
        Assert.Contains("topic:substance-use", _analyzer.QueryTerms("drinking every night"));
        Assert.Contains("substance_use", _analyzer.Terms("Substance use"));
        Assert.Contains("substance_use", _analyzer.QueryTerms("substance use"));
        Assert.DoesNotContain("use", _analyzer.QueryTerms("drinking every night"));
    }

    [Fact]
    public void One_letter_aliases_are_ignored()
    {
        Assert.DoesNotContain("ketamine", _analyzer.QueryTerms("k thanks"));
    }
}
