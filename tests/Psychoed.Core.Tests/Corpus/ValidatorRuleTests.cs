using Psychoed.Core.Corpus;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Corpus;

/// <summary>Every validator rule, each shown failing on a bad fixture file from Fixtures/bad-articles.</summary>
public sealed class ValidatorRuleTests
{
    private static readonly TimeProvider Today = FixedClock.On(2026, 11, 26);

    [Theory]
    [InlineData("missing-front-matter.md", 1, "missing front matter")]
    [InlineData("unterminated-front-matter.md", 1, "front matter is not terminated")]
    [InlineData("yaml-syntax-error.md", 16, "YAML does not parse")]
    [InlineData("alias-bomb.md", 14, "YAML anchors (&name) are not allowed")]
    [InlineData("missing-title.md", 2, "title is required")]
    [InlineData("topics-not-a-list.md", 6, "topics must be a list")]
    [InlineData("unknown-topic.md", 2, "unknown topic 'astrology'")]
    [InlineData("bad-status.md", 8, "status 'live' is not one of")]
    [InlineData("invalid-date.md", 9, "'2026-02-30' is not a valid date")]
    [InlineData("future-date.md", 9, "is in the future")]
    [InlineData("relative-source-url.md", 13, "is not an absolute http(s) URL")]
    [InlineData("ftp-source-url.md", 13, "'ftp://example.org/anxiety.txt' is not an absolute http(s) URL")]
    [InlineData("missing-sources.md", 2, "sources is required")]
    [InlineData("no-sections.md", 16, "no sections")]
    [InlineData("empty-section.md", 21, "section 'Where to get help' is empty")]
    [InlineData("broken-link.md", 21, "link to 'no-such-article' does not resolve")]
    [InlineData("bad-id.md", 2, "id 'Bad_ID!' must be lowercase")]
    [InlineData("missing-reviewer.md", 10, "reviewed_by is required unless status is draft")]
    [InlineData("bad-referral.md", 2, "referral 'astrologer' is not one of")]
    [InlineData("bad-language.md", 2, "language 'fr' is not supported")]
    [InlineData("bad-url.md", 2, "url 'clinic/page' is not an absolute http(s) URL")]
    public async Task A_bad_article_fails_with_its_own_error_at_the_right_line(string fixture, int line, string message)
    {
        using var corpus = new TempCorpus();
        corpus.Write($"articles/{fixture}", await ReadFixtureAsync(fixture));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: Today);

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal($"articles/{fixture}", error.Path);
        Assert.Equal(line, error.Line);
        Assert.Empty(snapshot.Articles);
    }

    [Theory]
    [InlineData("stale-review.md", "review is stale")]
    [InlineData("hard-reading.md", "reading level is grade")]
    [InlineData("unknown-field.md", "unknown front matter field 'colour'")]
    public async Task A_warning_does_not_stop_the_article_from_being_served(string fixture, string message)
    {
        using var corpus = new TempCorpus();
        corpus.Write($"articles/{fixture}", await ReadFixtureAsync(fixture));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: Today);

        var warning = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(message, warning.Message, StringComparison.Ordinal);
        Assert.False(snapshot.HasErrors);
        Assert.Single(snapshot.Articles);
    }

    [Fact]
    public async Task A_valid_article_loads_with_its_sections_and_no_diagnostics()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/anxiety/worry.md", TempCorpus.Article("worry", body: "Lead text here.\n\n## First part\n\nOne. Two.\n\n## Second part\n\n### Detail\n\n- item one\n- item two\n"));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: Today);

        Assert.Empty(snapshot.Diagnostics);
        var article = Assert.Single(snapshot.Articles);
        Assert.Equal(["Lead text here."], article.Lead);
        Assert.Equal(["First part", "Detail"], article.Sections.Select(s => s.Heading));
        Assert.Equal(["item one", "item two"], article.Sections[1].Paragraphs);
        Assert.Equal("articles/anxiety/worry.md", article.RelativePath);
    }

    [Fact]
    public async Task A_draft_may_have_no_reviewer()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/draft.md", TempCorpus.Article("draft", status: "draft").Replace("reviewed_by: Clinical lead", "reviewed_by:", StringComparison.Ordinal));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: Today);

        Assert.False(snapshot.HasErrors);
        Assert.Equal(ArticleStatus.Draft, Assert.Single(snapshot.Articles).Status);
        Assert.Empty(snapshot.Published);
    }

    private static Task<string> ReadFixtureAsync(string name) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad-articles", name));
}
