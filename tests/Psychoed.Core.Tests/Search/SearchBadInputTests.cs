using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Search;

public sealed class SearchBadInputTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    public static TheoryData<string> QuerySyntaxAndJunk => new()
    {
        "title:*",
        "((((",
        "\"",
        "\\",
        "AND OR NOT",
        "anxiety AND OR NOT sleep",
        "body:anxiety^10 ~2 +insomnia -ptsd",
        "* ? [ ] { } ~ ^ : ! && || /",
        "😀😭🔥 anxiety 😀",
        "😀😀😀",
        "\u0000\u0001\u200b\ufeff",
        "\ud83d",
        "<script>alert(1)</script>",
        "'; DROP TABLE passages; --",
        "ａｎｘｉｅｔｙ",
        "nocturnalpanicattacksandinsomniaandptsdallinonewordwithoutanyspacesatall",
    };

    [Theory]
    [MemberData(nameof(QuerySyntaxAndJunk))]
    public void Query_syntax_and_junk_are_searched_as_plain_text_without_an_exception(string text)
    {
        var result = fixture.Manager.Search(text);

        Assert.Equal(text, result.Query);
        Assert.True(result.Answerable || result.Reason is { Length: > 0 });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Empty_or_whitespace_text_is_not_covered_with_a_clear_reason(string text)
    {
        var result = fixture.Manager.Search(text);

        Assert.False(result.Answerable);
        Assert.Equal("empty message", result.Reason);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Null_text_is_treated_as_empty()
    {
        var result = fixture.Manager.Search(null!);

        Assert.False(result.Answerable);
        Assert.Equal("empty message", result.Reason);
    }

    [Fact]
    public void Stop_words_only_are_not_covered_with_a_clear_reason()
    {
        var result = fixture.Manager.Search("what is it that you do");

        Assert.False(result.Answerable);
        Assert.Equal("no searchable words", result.Reason);
    }

    [Fact]
    public void A_20000_character_message_is_reduced_to_its_informative_terms()
    {
        var ramble = string.Concat(Enumerable.Repeat("so yeah the thing is my week was long and my boss said stuff. ", 330))
            + "anyway i cant sleep at night and lie awake for hours";
        var text = "i cant sleep at night. " + ramble;
        Assert.True(text.Length >= 20_000);

        var result = fixture.Manager.Search(text);

        Assert.True(result.Answerable, result.Reason);
        Assert.Equal("sleep-and-insomnia", result.Best!.Passage.ArticleId);
    }

    [Fact]
    public void A_long_message_of_unknown_words_is_not_covered()
    {
        var result = fixture.Manager.Search(string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet consectetur ", 600)));

        Assert.False(result.Answerable);
    }

    [Fact]
    public void Passage_lookups_with_bad_ids_return_null()
    {
        Assert.Null(fixture.Manager.GetPassage(""));
        Assert.Null(fixture.Manager.GetPassage("no-such-article#0"));
        Assert.Null(fixture.Manager.NextPassage("no-hash"));
        Assert.Null(fixture.Manager.NextPassage("anxiety-basics#-1"));
        Assert.Null(fixture.Manager.NextPassage("anxiety-basics#x"));
        Assert.Null(fixture.Manager.NextPassage(null!));
    }
}
