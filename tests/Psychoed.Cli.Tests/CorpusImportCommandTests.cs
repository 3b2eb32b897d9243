using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

public sealed class CorpusImportCommandTests
{
    private const string DraftPath = "articles/drafts/winding-down-small-sleep-habits-that-help-an-anxious-mind.md";
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public async Task A_saved_page_becomes_a_draft_in_the_corpus_that_validates()
    {
        using var corpus = new TempFolder(corpus: true);

        var (exitCode, output, error) = await CliRunner.RunAsync("corpus", "import", CliRunner.Fixture("import", "sleep-habits-blog.html"), "--corpus", corpus.Root);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Wrote {DraftPath} (status: draft", output, StringComparison.Ordinal);
        Assert.Contains("Removed (", output, StringComparison.Ordinal);
        Assert.Contains("\"43 views0 comments\" (view counter)", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(corpus.PathOf(DraftPath));
        Assert.Contains("status: draft", text, StringComparison.Ordinal);

        var (validateExit, validation, _) = await CliRunner.RunAsync("corpus", "validate", "--corpus", corpus.Root);
        Assert.True(validateExit == 0, validation);
        Assert.Contains("Drafts: winding-down-small-sleep-habits-that-help-an-anxious-mind", validation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_draft_is_not_replaced_without_force()
    {
        using var corpus = new TempFolder(corpus: true);
        var page = CliRunner.Fixture("import", "sleep-habits-blog.txt");
        await CliRunner.RunAsync("corpus", "import", page, "--corpus", corpus.Root);
        await File.AppendAllTextAsync(corpus.PathOf(DraftPath), "\nA reviewer's edit.\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("corpus", "import", page, "--corpus", corpus.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists; use --force", error, StringComparison.Ordinal);
        Assert.Contains("A reviewer's edit.", await File.ReadAllTextAsync(corpus.PathOf(DraftPath)), StringComparison.Ordinal);

        var (forcedExit, _, _) = await CliRunner.RunAsync("corpus", "import", page, "--corpus", corpus.Root, "--force");
        Assert.Equal(0, forcedExit);
        Assert.DoesNotContain("A reviewer's edit.", await File.ReadAllTextAsync(corpus.PathOf(DraftPath)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_id_in_another_file_is_not_replaced_without_force()
    {
        using var corpus = new TempFolder(corpus: true);
        var page = CliRunner.Fixture("import", "sleep-habits-blog.txt");
        await CliRunner.RunAsync("corpus", "import", page, "--corpus", corpus.Root, "--out", corpus.PathOf("articles/living/winding-down.md"));

        var (exitCode, _, error) = await CliRunner.RunAsync("corpus", "import", page, "--corpus", corpus.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists at articles/living/winding-down.md", error, StringComparison.Ordinal);
        Assert.False(File.Exists(corpus.PathOf(DraftPath)));

        var (forcedExit, output, _) = await CliRunner.RunAsync("corpus", "import", page, "--corpus", corpus.Root, "--force");
        Assert.Equal(0, forcedExit);
        Assert.Contains("Wrote articles/living/winding-down.md", output, StringComparison.Ordinal);
        Assert.False(File.Exists(corpus.PathOf(DraftPath)));
    }

    [Fact]
    public async Task A_url_is_fetched_through_the_network_handler_and_cited_as_the_source()
    {
        using var corpus = new TempFolder(corpus: true);
        const string url = "https://clinic.example/blog/winding-down";
        var web = new FakeWebServer().Serve(url, await File.ReadAllTextAsync(CliRunner.Fixture("import", "sleep-habits-blog.txt")), "text/plain");

        var (exitCode, output, error) = await CliRunner.RunAsync(web.Environment(Today), "corpus", "import", url, "--corpus", corpus.Root, "--out", corpus.PathOf("out/"));

        Assert.True(exitCode == 0, error);
        Assert.Equal(url, Assert.Single(web.Requests).AbsoluteUri);
        Assert.Contains($"Source: {url}", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(corpus.PathOf("out/winding-down-small-sleep-habits-that-help-an-anxious-mind.md"));
        Assert.Contains($"url: \"{url}\"", text, StringComparison.Ordinal);
        Assert.Contains("last_reviewed: 2026-03-10", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_page_on_the_web_is_a_clear_error()
    {
        using var corpus = new TempFolder(corpus: true);
        var web = new FakeWebServer();

        var (exitCode, _, error) = await CliRunner.RunAsync(web.Environment(Today), "corpus", "import", "https://clinic.example/gone", "--corpus", corpus.Root);

        Assert.Equal(1, exitCode);
        Assert.Equal("error: could not fetch https://clinic.example/gone: the server answered 404 Not Found", error.Trim());
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error_not_a_stack_trace()
    {
        using var corpus = new TempFolder(corpus: true);

        var (exitCode, output, error) = await CliRunner.RunAsync("corpus", "import", corpus.PathOf("nope.html"), "--corpus", corpus.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }
}
