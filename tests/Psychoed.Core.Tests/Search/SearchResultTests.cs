using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Search;

public sealed class SearchResultTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("cant stop worrying about everything", "anxiety-basics")]
    [InlineData("I can't sleep at night", "sleep-and-insomnia")]
    [InlineData("what is post-traumatic stress disorder", "ptsd-basics")]
    [InlineData("special k", "ketamine-basics")]
    [InlineData("anxeity", "anxiety-basics")]
    [InlineData("insomina", "sleep-and-insomnia")]
    public void A_covered_question_finds_its_article_even_with_slang_or_a_typo(string text, string article)
    {
        var result = fixture.Manager.Search(text);

        Assert.True(result.Answerable, result.Reason);
        Assert.Equal(article, result.Best!.Passage.ArticleId);
        Assert.NotEmpty(result.Best.MatchedTerms);
    }

    [Theory]
    [InlineData("easy chicken curry recipe")]
    [InlineData("how do i reset my wifi router")]
    [InlineData("who won the lakers game last night")]
    public void An_unrelated_question_is_not_covered_and_says_why(string text)
    {
        var result = fixture.Manager.Search(text);

        Assert.False(result.Answerable);
        Assert.Null(result.Best);
        Assert.Equal("", result.Highlight);
        Assert.Empty(result.Related);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void The_highlight_is_one_to_three_sentences_of_the_best_passage_about_the_question()
    {
        var result = fixture.Manager.Search("what sleep habits help, should i put my screens away before bed");

        Assert.True(result.Answerable, result.Reason);
        var best = result.Best!.Passage;
        var sentences = result.Highlight.Split(". ", StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(sentences.Length, 1, 3);
        Assert.All(sentences, s => Assert.Contains(s.TrimEnd('.'), best.Text, StringComparison.Ordinal));
        Assert.Contains("screens", result.Highlight, StringComparison.OrdinalIgnoreCase);
        Assert.True(result.Highlight.Length < best.Text.Length);
    }

    [Fact]
    public void Related_articles_never_repeat_and_never_include_the_answer()
    {
        var result = fixture.Manager.Search("anxiety in the body and breathing");

        Assert.True(result.Answerable, result.Reason);
        Assert.InRange(result.Related.Count, 1, 3);
        Assert.DoesNotContain(result.Related, r => r.ArticleId == result.Best!.Passage.ArticleId);
        Assert.Equal(result.Related.Count, result.Related.Select(r => r.ArticleId).Distinct().Count());
    }

    [Fact]
    public void Tell_me_more_walks_the_passages_of_an_article_in_order()
    {
        var first = fixture.Manager.GetPassage("anxiety-basics#0");
        Assert.NotNull(first);

        var second = fixture.Manager.NextPassage(first.Id);
        Assert.NotNull(second);
        Assert.Equal("anxiety-basics#1", second.Id);
        Assert.Equal(1, second.Position);
        Assert.Equal("anxiety-basics", second.ArticleId);

        var last = second;
        while (fixture.Manager.NextPassage(last.Id) is { } next)
        {
            last = next;
        }

        Assert.Null(fixture.Manager.NextPassage(last.Id));
    }

    [Fact]
    public void Hits_carry_scores_in_descending_order_and_at_most_two_passages_per_article()
    {
        var result = fixture.Manager.Search("anxiety worry therapy");

        Assert.Equal(result.Hits.OrderByDescending(h => h.Score).Select(h => h.Passage.Id), result.Hits.Select(h => h.Passage.Id));
        Assert.All(result.Hits.GroupBy(h => h.Passage.ArticleId), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void An_answer_that_matches_little_of_a_long_question_is_flagged_low_confidence()
    {
        var clear = fixture.Manager.Search("what is post-traumatic stress disorder");
        var weak = fixture.Manager.Search("garden fence, holiday plans and anxiety");

        Assert.True(clear.Answerable, clear.Reason);
        Assert.False(clear.LowConfidence, clear.Reason);
        Assert.True(weak.Answerable, weak.Reason);
        Assert.True(weak.LowConfidence, weak.Reason);
    }
}
