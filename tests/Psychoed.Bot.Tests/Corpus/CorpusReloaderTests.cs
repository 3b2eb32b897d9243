using Psychoed.Bot.Tests.Support;
using Psychoed.Core.Corpus;

namespace Psychoed.Bot.Tests.Corpus;

public sealed class CorpusReloaderTests : IDisposable
{
    private const string NewArticle = "articles/sleep/nightmares.md";
    private readonly ReloadHarness _harness = new();

    private static string Nightmares() => TempCorpus.Article("nightmares", "Nightmares", "Nightmares are vivid bad dreams that wake you up. Imagery rehearsal therapy can make nightmares less frequent.", topics: "[sleep]");

    private bool Serves(string articleId, string question) =>
        _harness.Index.Search(question).Hits.Any(h => h.Passage.ArticleId == articleId);

    [Fact]
    public async Task A_new_article_is_served_after_a_reload()
    {
        await _harness.Server.LoadAsync(CancellationToken.None);
        Assert.False(Serves("nightmares", "imagery rehearsal for nightmares"));

        _harness.Corpus.Write(NewArticle, Nightmares());
        var status = await _harness.Server.LoadAsync(CancellationToken.None);

        Assert.Equal("ok", status.LastResult);
        Assert.True(Serves("nightmares", "imagery rehearsal for nightmares"));
        Assert.Equal(3, status.ArticlesByStatus["published"]);
    }

    [Fact]
    public async Task A_broken_file_keeps_the_old_index_serving_and_shows_the_error_in_status()
    {
        var first = await _harness.Server.LoadAsync(CancellationToken.None);
        _harness.Corpus.Write(NewArticle, Nightmares());
        _harness.Corpus.Write("articles/sleep/half-written.md", "---\nid: half-written\ntitle: Half");

        var status = await _harness.Server.LoadAsync(CancellationToken.None);

        Assert.Equal("failed", status.LastResult);
        Assert.Contains("articles/sleep/half-written.md:1: error: front matter is not terminated: add a line '---' after the metadata", status.Errors);
        Assert.Equal(first.ServingVersion, status.ServingVersion);
        Assert.NotEqual(first.ServingVersion, status.LastAttemptVersion);
        Assert.True(Serves("worry-basics", "what is worry"));
        Assert.False(Serves("nightmares", "imagery rehearsal for nightmares"));

        File.Delete(_harness.Corpus.PathOf("articles/sleep/half-written.md"));
        var fixedStatus = await _harness.Server.LoadAsync(CancellationToken.None);
        Assert.Equal("ok", fixedStatus.LastResult);
        Assert.Empty(fixedStatus.Errors);
        Assert.True(Serves("nightmares", "imagery rehearsal for nightmares"));
    }

    [Fact]
    public async Task A_start_with_an_unclosed_bracket_in_one_article_serves_every_other_article_and_reports_the_failure()
    {
        _harness.Corpus.Write(NewArticle, Nightmares().Replace("title: Nightmares", "title: [unclosed", StringComparison.Ordinal));

        var status = await _harness.Server.LoadAsync(CancellationToken.None);

        Assert.Equal("failed", status.LastResult);
        Assert.Contains(status.Errors, e => e.StartsWith(NewArticle + ":3: error: front matter: YAML does not parse", StringComparison.Ordinal));
        Assert.True(Serves("worry-basics", "what is worry"));
        Assert.True(Serves("sleep-basics", "how much sleep do adults need"));
        Assert.Equal(2, status.ArticlesByStatus["published"]);
    }

    [Fact]
    public async Task A_binary_file_is_an_error_not_a_crash()
    {
        await _harness.Server.LoadAsync(CancellationToken.None);
        await File.WriteAllBytesAsync(_harness.Corpus.PathOf("articles/sleep/garbage.md"), [0xFF, 0x00, 0xD8, 0x01, 0x02]);

        var status = await _harness.Server.LoadAsync(CancellationToken.None);

        Assert.Equal("failed", status.LastResult);
        Assert.Contains(status.Errors, e => e.StartsWith("articles/sleep/garbage.md:1: error: file is binary", StringComparison.Ordinal));
        Assert.True(_harness.Index.IsReady);
    }

    [Fact]
    public async Task The_status_is_written_for_the_cli()
    {
        _harness.Corpus.Write("articles/sleep/broken.md", "no front matter at all");

        await _harness.Server.LoadAsync(CancellationToken.None);

        var (status, error) = await CorpusStatusFile.ReadAsync(_harness.DataPath);
        Assert.Null(error);
        Assert.Equal("failed", status!.LastResult);
        Assert.Contains(status.Errors, e => e.StartsWith("articles/sleep/broken.md:1: error: missing front matter", StringComparison.Ordinal));
        Assert.True(_harness.Index.IsReady, "at start the valid articles are served even when one file is broken");
    }

    [Fact]
    public async Task Reloads_under_concurrent_queries_fail_no_query_and_serve_the_new_content_afterwards()
    {
        await _harness.Server.LoadAsync(CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var queries = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 100_000 && !stop.IsCancellationRequested; i++)
            {
                var result = _harness.Index.Search("how much sleep do adults need");
                Interlocked.Increment(ref queries);
                if (!result.Hits.Any(h => h.Passage.ArticleId == "sleep-basics"))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToList();

        for (var round = 0; round < 5; round++)
        {
            _harness.Corpus.Write(NewArticle, TempCorpus.Article("nightmares", "Nightmares", $"Nightmares are bad dreams, round {round}. Imagery rehearsal therapy can help with nightmares.", topics: "[sleep]"));
            var status = await _harness.Server.LoadAsync(CancellationToken.None);
            Assert.Equal("ok", status.LastResult);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(queries > 0);
        Assert.Equal(0, failures);
        Assert.Contains("round 4", _harness.Index.Search("imagery rehearsal nightmares").Hits.First(h => h.Passage.ArticleId == "nightmares").Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_deleted_during_reloads_ends_with_a_consistent_index()
    {
        await _harness.Server.LoadAsync(CancellationToken.None);
        _harness.Corpus.Write(NewArticle, Nightmares());

        var reload = _harness.Server.LoadAsync(CancellationToken.None);
        File.Delete(_harness.Corpus.PathOf(NewArticle));
        await reload;
        var status = await _harness.Server.LoadAsync(CancellationToken.None);

        Assert.Equal("ok", status.LastResult);
        Assert.False(Serves("nightmares", "imagery rehearsal for nightmares"));
        Assert.True(Serves("sleep-basics", "how much sleep do adults need"));
    }

    [Fact]
    public async Task A_missing_corpus_folder_is_reported_not_thrown()
    {
        await _harness.Server.LoadAsync(CancellationToken.None);
        Directory.Delete(_harness.Corpus.PathOf("articles"), recursive: true);

        var status = await _harness.Server.LoadAsync(CancellationToken.None);

        Assert.Equal("failed", status.LastResult);
        Assert.True(_harness.Index.IsReady);
    }

    public void Dispose() => _harness.Dispose();
}
