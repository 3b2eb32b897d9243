using System.Text;
using Psychoed.Core.Corpus;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Corpus;

/// <summary>Files that are not articles at all: each gets its own clear error, nothing crashes.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData(new byte[0], "file is empty")]
    [InlineData(new byte[] { 32, 10, 9, 10 }, "file is empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, "file is binary")]
    [InlineData(new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28, 0x0A }, "not valid UTF-8")]
    public async Task A_file_that_is_not_text_gets_a_clear_error(byte[] bytes, string message)
    {
        using var corpus = new TempCorpus();
        corpus.WriteBytes("articles/bad.md", bytes);

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("articles/bad.md:1: error: " + error.Message, error.ToString());
    }

    [Fact]
    public async Task A_five_megabyte_file_is_refused_as_too_large()
    {
        using var corpus = new TempCorpus();
        corpus.WriteBytes("articles/huge.md", Encoding.UTF8.GetBytes(TempCorpus.Article("huge") + new string('a', 5 * 1024 * 1024)));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Contains("file is too large (5.0 MB)", Assert.Single(snapshot.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_id_is_an_error_on_the_second_file_naming_the_first()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/a/one.md", TempCorpus.Article("same-id"));
        corpus.Write("articles/b/two.md", TempCorpus.Article("same-id"));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Equal("articles/b/two.md:2: error: duplicate id 'same-id': also used by articles/a/one.md", error.ToString());
        Assert.Single(snapshot.Articles);
    }

    [Fact]
    public async Task A_path_with_spaces_loads_and_is_reported_as_it_is()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/my folder/an article.md", TempCorpus.Article("spaced", "colour: red"));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Single(snapshot.Articles);
        Assert.StartsWith("articles/my folder/an article.md:", Assert.Single(snapshot.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_articles_folder_is_one_clear_error()
    {
        var snapshot = await CorpusLoader.LoadAsync(Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid()));

        Assert.Contains("has no 'articles' folder", Assert.Single(snapshot.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_list_without_a_required_topic_is_an_error()
    {
        using var corpus = new TempCorpus();
        corpus.Write("topics.yaml", TempCorpus.TopicsYaml.Replace("  - id: ocd\n    label: ocd\n    description: About ocd.\n    aliases: [ocd words]\n", "", StringComparison.Ordinal));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Equal("topics.yaml:1: error: required topic 'ocd' is missing", Assert.Single(snapshot.Diagnostics).ToString());
    }

    [Fact]
    public async Task A_broken_topic_list_is_an_error_with_its_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("topics.yaml", "topics:\n  - id: [unclosed\n");

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Contains(snapshot.Diagnostics, d => d.Path == "topics.yaml" && d.Message.StartsWith("YAML does not parse", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_synonym_line_is_an_error_with_its_line()
    {
        using var corpus = new TempCorpus();
        corpus.Write("synonyms.txt", "# vocabulary\nptsd, post traumatic stress disorder\nshrooms =>\nlonely\n");

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Equal(
            ["synonyms.txt:3: error: a synonym rule needs terms on both sides of '=>'", "synonyms.txt:4: error: a synonym line needs at least two comma-separated terms, or 'a => b'"],
            snapshot.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(["ptsd", "post traumatic stress disorder"], Assert.Single(snapshot.Synonyms).Terms);
    }

    [Fact]
    public async Task A_broken_safety_file_is_an_error()
    {
        using var corpus = new TempCorpus();
        corpus.Write("safety/rules.yaml", "rules:\n  - id: x\n    patterns: [\"unclosed\n");

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Contains(snapshot.Diagnostics, d => d.Path == "safety/rules.yaml" && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task The_content_hash_changes_when_an_article_changes_and_only_then()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/a.md", TempCorpus.Article("a"));
        var first = (await CorpusLoader.LoadAsync(corpus.Root)).ContentHash;
        var again = (await CorpusLoader.LoadAsync(corpus.Root)).ContentHash;
        corpus.Write("articles/a.md", TempCorpus.Article("a", body: "## Changed\n\nNew words here."));
        var changed = (await CorpusLoader.LoadAsync(corpus.Root)).ContentHash;

        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }
}
