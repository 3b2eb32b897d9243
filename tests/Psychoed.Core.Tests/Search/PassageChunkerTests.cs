using Psychoed.Core.Corpus;
using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Search;

public sealed class PassageChunkerTests
{
    private static string Sentences(int count, string word = "word") =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"Sentence {i} has {word} {word} {word} {word} {word} {word} {word} {word}."));

    private static Article Article(IReadOnlyList<string> lead, params ArticleSection[] sections) => new()
    {
        Id = "sample",
        Title = "Sample",
        Topics = ["anxiety", "sleep"],
        Referral = "gp",
        Url = "https://example.org/sample",
        Status = ArticleStatus.Published,
        Lead = lead,
        Sections = sections,
    };

    [Fact]
    public void Every_passage_keeps_the_article_metadata_and_a_position_id()
    {
        var passages = PassageChunker.Chunk(Article([], new ArticleSection("First", 2, [Sentences(6)], 3), new ArticleSection("Second", 2, [Sentences(6)], 9)));

        Assert.Equal(["sample#0", "sample#1"], passages.Select(p => p.Id));
        Assert.All(passages, p =>
        {
            Assert.Equal("sample", p.ArticleId);
            Assert.Equal("Sample", p.ArticleTitle);
            Assert.Equal(["anxiety", "sleep"], p.Topics);
            Assert.Equal("gp", p.Referral);
            Assert.Equal("https://example.org/sample", p.Url);
        });
        Assert.Equal(["First", "Second"], passages.Select(p => p.Section));
    }

    [Fact]
    public void A_long_section_is_split_at_sentence_boundaries_into_passages_of_40_to_150_words()
    {
        var passages = PassageChunker.Chunk(Article([], new ArticleSection("Long", 2, [Sentences(40)], 3)));

        Assert.True(passages.Count >= 3);
        Assert.All(passages, p =>
        {
            var words = p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, PassageChunker.MinWords, PassageChunker.MaxWords);
            Assert.StartsWith("Sentence", p.Text, StringComparison.Ordinal);
            Assert.EndsWith(".", p.Text, StringComparison.Ordinal);
        });
        Assert.Equal(Sentences(40), string.Join(" ", passages.Select(p => p.Text)));
    }

    [Fact]
    public void A_short_lead_is_joined_to_the_first_section()
    {
        var passages = PassageChunker.Chunk(Article(["A short lead sentence."], new ArticleSection("First", 2, [Sentences(6)], 3)));

        var passage = Assert.Single(passages);
        Assert.Equal("First", passage.Section);
        Assert.StartsWith("A short lead sentence.", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tiny_section_flows_into_the_next_and_a_tiny_last_one_joins_the_previous()
    {
        var passages = PassageChunker.Chunk(Article(
            [],
            new ArticleSection("Tiny", 2, ["Only a few words here."], 3),
            new ArticleSection("Middle", 3, [Sentences(6)], 5),
            new ArticleSection("Tail", 2, ["A short ending."], 9)));

        var passage = Assert.Single(passages);
        Assert.Equal("Tiny / Middle / Tail", passage.Section);
        Assert.StartsWith("Only a few words here.", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("A short ending.", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_sentence_longer_than_the_maximum_is_kept_whole()
    {
        var longSentence = string.Join(" ", Enumerable.Repeat("word", 200)) + ".";

        var passage = Assert.Single(PassageChunker.Chunk(Article([], new ArticleSection("Long", 2, [longSentence], 3))));

        Assert.Equal(longSentence, passage.Text);
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence_and_list_items_stay_on_their_own_lines()
    {
        var passages = PassageChunker.Chunk(Article([], new ArticleSection("List", 2,
            [
                "Some things help, e.g. Walking every day and regular meals with friends and family nearby. " + Sentences(3),
                "feeling hopeless or guilty",
                "sleeping more or less than usual",
            ], 3)));

        var text = Assert.Single(passages).Text;
        Assert.Contains("e.g. Walking", text, StringComparison.Ordinal);
        Assert.Contains("\nfeeling hopeless or guilty\nsleeping more or less than usual", text, StringComparison.Ordinal);
    }
}
