using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Psychoed.Bot.Tests.Support;
using Psychoed.Core.Search;

namespace Psychoed.Bot.Tests.Corpus;

/// <summary>The running host: the folder watcher, the debounce, the index swap and the status endpoint together.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly AdminAppFactory _factory = new(realSearch: true);
    private readonly HttpClient _client;

    public LiveReloadTests() => _client = _factory.CreateAdminClient();

    private IPassageSearch Search => _factory.Services.GetRequiredService<IPassageSearch>();

    private async Task<JsonNode> StatusAsync() => JsonNode.Parse(await _client.GetStringAsync("/api/corpus/status"))!;

    /// <summary>Polls the status until <paramref name="done"/> holds; the bound only stops a broken test from hanging.</summary>
    private async Task<JsonNode> WaitForStatusAsync(Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var status = await StatusAsync();
            if (done(status) || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task An_article_dropped_into_the_folder_is_served_and_a_broken_one_is_reported_while_the_old_index_serves()
    {
        var start = await WaitForStatusAsync(s => (string?)s["lastResult"] == "ok");
        var reloads = (int)start["reloads"]!;
        Assert.Equal("ok", (string?)start["lastResult"]);

        _factory.Corpus.Write("articles/sleep/nightmares.md", TempCorpus.Article("nightmares", "Nightmares", "Nightmares are vivid bad dreams. Imagery rehearsal therapy can make nightmares less frequent.", topics: "[sleep]"));
        var added = await WaitForStatusAsync(s => (string?)s["servingVersion"] != (string?)start["servingVersion"]);

        Assert.Equal("ok", (string?)added["lastResult"]);
        Assert.Contains(Search.Search("imagery rehearsal for nightmares").Hits, h => h.Passage.ArticleId == "nightmares");

        _factory.Corpus.Write("articles/sleep/broken.md", "---\nid: broken\ntitle: Half written");
        var broken = await WaitForStatusAsync(s => (string?)s["lastResult"] == "failed");

        Assert.Equal("failed", (string?)broken["lastResult"]);
        Assert.Equal((string?)added["servingVersion"], (string?)broken["servingVersion"]);
        Assert.Contains(broken["errors"]!.AsArray(), e => ((string)e!).StartsWith("articles/sleep/broken.md:1: error:", StringComparison.Ordinal));
        Assert.Contains(Search.Search("imagery rehearsal for nightmares").Hits, h => h.Passage.ArticleId == "nightmares");
        Assert.True((int)broken["reloads"]! > reloads);
    }

    [Fact]
    public async Task Front_matter_the_yaml_library_chokes_on_makes_the_status_failed_with_its_path_and_line()
    {
        var start = await WaitForStatusAsync(s => (string?)s["lastResult"] == "ok");

        _factory.Corpus.Write("articles/sleep/unclosed.md", TempCorpus.Article("unclosed", "Unclosed", "Text.").Replace("title: Unclosed", "title: [unclosed", StringComparison.Ordinal));
        var broken = await WaitForStatusAsync(s => (string?)s["lastResult"] == "failed");

        Assert.Equal("failed", (string?)broken["lastResult"]);
        Assert.Equal((string?)start["servingVersion"], (string?)broken["servingVersion"]);
        Assert.Contains(broken["errors"]!.AsArray(), e => ((string)e!).StartsWith("articles/sleep/unclosed.md:3: error: front matter: YAML does not parse", StringComparison.Ordinal));
        Assert.Contains(Search.Search("what is worry").Hits, h => h.Passage.ArticleId == "worry-basics");
    }

    [Fact]
    public async Task An_article_published_through_the_admin_api_is_served_after_the_reload()
    {
        var start = await WaitForStatusAsync(s => (string?)s["lastResult"] == "ok");
        var draft = TempCorpus.Article("nightmares", "Nightmares", "Nightmares are vivid bad dreams. Imagery rehearsal therapy can make nightmares less frequent.", status: "draft", reviewedBy: "", topics: "[sleep]");

        await _client.PutAsJsonAsync("/api/admin/articles/nightmares", new { markdown = draft, actor = "alex" });
        await _client.PostAsJsonAsync("/api/admin/articles/nightmares/status", new { status = "in_review", actor = "alex", reviewer = "dr sam" });
        var publish = await _client.PostAsJsonAsync("/api/admin/articles/nightmares/status", new { status = "published", actor = "dr sam" });
        publish.EnsureSuccessStatusCode();
        var published = await WaitForStatusAsync(s => (int?)s["articlesByStatus"]?["published"] == 3);

        Assert.Equal(3, (int?)published["articlesByStatus"]!["published"]);
        Assert.NotEqual((string?)start["servingVersion"], (string?)published["servingVersion"]);
        Assert.Contains(Search.Search("imagery rehearsal for nightmares").Hits, h => h.Passage.ArticleId == "nightmares");
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
