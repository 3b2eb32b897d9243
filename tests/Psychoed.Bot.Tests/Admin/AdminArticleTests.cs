using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Admin;

public sealed class AdminArticleTests : IDisposable
{
    private readonly AdminAppFactory _factory = new();
    private readonly HttpClient _client;

    public AdminArticleTests() => _client = _factory.CreateAdminClient();

    private static string Draft(string id, string text = "Breathing slowly can calm the body. Try it for a minute.", string status = "draft", string reviewedBy = "") =>
        TempCorpus.Article(id, "Slow breathing", text, status, reviewedBy);

    private async Task<HttpResponseMessage> PutAsync(string id, string markdown, string actor = "alex", string? version = null) =>
        await _client.PutAsJsonAsync($"/api/admin/articles/{id}", new { markdown, actor, version });

    private async Task<JsonNode> JsonAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private async Task<string> VersionOfAsync(string id) => (string)(await JsonAsync(await _client.GetAsync($"/api/admin/articles/{id}")))["version"]!;

    private async Task<HttpResponseMessage> StatusAsync(string id, string status, string actor, string? reviewer = null) =>
        await _client.PostAsJsonAsync($"/api/admin/articles/{id}/status", new { status, actor, reviewer });

    [Fact]
    public async Task The_list_shows_each_article_with_status_path_and_review_date()
    {
        var list = (await JsonAsync(await _client.GetAsync("/api/admin/articles"))).AsArray();

        var worry = Assert.Single(list, a => (string?)a!["id"] == "worry-basics")!;
        Assert.Equal("published", (string?)worry["status"]);
        Assert.Equal("articles/anxiety/worry-basics.md", (string?)worry["path"]);
        Assert.Equal("2026-01-15", (string?)worry["lastReviewed"]);
    }

    [Fact]
    public async Task Getting_an_article_returns_front_matter_markdown_and_version_with_an_etag()
    {
        var response = await _client.GetAsync("/api/admin/articles/worry-basics");

        var body = await JsonAsync(response);
        Assert.Equal("Worry basics", (string?)body["frontMatter"]!["title"]);
        Assert.Contains("Worry is a normal feeling.", (string?)body["markdown"], StringComparison.Ordinal);
        Assert.Equal($"\"{body["version"]}\"", response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_new_draft_is_created_as_a_file_and_audited()
    {
        var response = await PutAsync("slow-breathing", Draft("slow-breathing"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(File.Exists(_factory.Corpus.PathOf("articles/staff/slow-breathing.md")));
        var history = (await JsonAsync(await _client.GetAsync("/api/admin/articles/slow-breathing/history"))).AsArray();
        var entry = Assert.Single(history)!;
        Assert.Equal("alex", (string?)entry["actor"]);
        Assert.Equal("create", (string?)entry["action"]);
    }

    [Fact]
    public async Task An_invalid_article_is_rejected_with_the_validators_path_line_messages()
    {
        var broken = Draft("slow-breathing").Replace("topics: [anxiety]", "topics: [astrology]", StringComparison.Ordinal).Replace("last_reviewed: 2026-01-15", "last_reviewed: 2026-13-45", StringComparison.Ordinal);

        var response = await PutAsync("slow-breathing", broken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var diagnostics = (await JsonAsync(response))["diagnostics"]!.AsArray().Select(d => (string)d!).ToList();
        Assert.Contains(diagnostics, d => d.StartsWith("articles/staff/slow-breathing.md:9: error: last_reviewed '2026-13-45' is not a valid date", StringComparison.Ordinal));
        Assert.False(File.Exists(_factory.Corpus.PathOf("articles/staff/slow-breathing.md")));
    }

    [Fact]
    public async Task Corpus_wide_rules_apply_too()
    {
        var response = await PutAsync("slow-breathing", Draft("slow-breathing").Replace("topics: [anxiety]", "topics: [astrology]", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown topic 'astrology'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("..%2f..%2fetc%2fpasswd")]
    [InlineData("Worry-Basics")]
    [InlineData("a..b")]
    [InlineData("%2Fetc%2Fpasswd")]
    public async Task A_path_traversal_or_malformed_id_is_400(string id)
    {
        var get = await _client.GetAsync($"/api/admin/articles/{id}");
        var put = await _client.PutAsync($"/api/admin/articles/{id}", new StringContent("---\nid: x\n---\n", Encoding.UTF8, "text/markdown"));

        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
    }

    [Fact]
    public async Task An_oversize_upload_is_413()
    {
        var huge = Draft("slow-breathing", new string('a', _factory.MaxArticleBytes + 1));

        var json = await PutAsync("slow-breathing", huge);
        var raw = await _client.PutAsync("/api/admin/articles/slow-breathing", new StringContent(huge, Encoding.UTF8, "text/markdown"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, raw.StatusCode);
    }

    [Fact]
    public async Task A_plain_markdown_body_with_an_actor_header_works_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/admin/articles/slow-breathing") { Content = new StringContent(Draft("slow-breathing"), Encoding.UTF8, "text/markdown") };
        request.Headers.Add("X-Actor", "sam");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Two_admins_saving_the_same_version_the_second_gets_409_with_the_current_version()
    {
        await PutAsync("slow-breathing", Draft("slow-breathing"));
        var loaded = await VersionOfAsync("slow-breathing");

        var first = await PutAsync("slow-breathing", Draft("slow-breathing", "First admin's text. It is calm."), "alex", loaded);
        var second = await PutAsync("slow-breathing", Draft("slow-breathing", "Second admin's text. It is calm too."), "sam", loaded);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal((string?)(await JsonAsync(first))["version"], (string?)(await JsonAsync(second))["currentVersion"]);
        Assert.Contains("First admin's text.", await File.ReadAllTextAsync(_factory.Corpus.PathOf("articles/staff/slow-breathing.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_saves_of_one_version_let_exactly_one_through()
    {
        await PutAsync("slow-breathing", Draft("slow-breathing"));
        var loaded = await VersionOfAsync("slow-breathing");

        var saves = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PutAsync("slow-breathing", Draft("slow-breathing", $"Edit number {i}. It is calm."), $"admin {i}", loaded)));

        Assert.Equal(1, saves.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, saves.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Replacing_an_article_without_its_version_is_refused()
    {
        var response = await PutAsync("worry-basics", Draft("worry-basics"));

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task An_edit_cannot_publish_by_itself()
    {
        var response = await PutAsync("slow-breathing", Draft("slow-breathing", status: "published", reviewedBy: "alex"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("/status", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_needs_a_reviewer_other_than_the_author_and_records_them()
    {
        await PutAsync("slow-breathing", Draft("slow-breathing"), actor: "alex");

        var selfReview = await StatusAsync("slow-breathing", "in_review", "alex", reviewer: "alex");
        var toReview = await StatusAsync("slow-breathing", "in_review", "alex", reviewer: "dr sam");
        var selfPublish = await StatusAsync("slow-breathing", "published", "alex");
        var publish = await StatusAsync("slow-breathing", "published", "dr sam");

        Assert.Equal(HttpStatusCode.BadRequest, selfReview.StatusCode);
        Assert.Equal(HttpStatusCode.OK, toReview.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, selfPublish.StatusCode);
        Assert.Contains("a reviewer other than the author", await selfPublish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var front = (await JsonAsync(await _client.GetAsync("/api/admin/articles/slow-breathing")))["frontMatter"]!;
        Assert.Equal("published", (string?)front["status"]);
        Assert.Equal("dr sam", (string?)front["reviewedBy"]);
        Assert.Equal("2026-03-10", (string?)front["lastReviewed"]);
        var actions = (await JsonAsync(await _client.GetAsync("/api/admin/articles/slow-breathing/history"))).AsArray().Select(e => $"{e!["actor"]}: {e["action"]} {e["detail"]}").ToList();
        Assert.Equal(["dr sam: status in_review -> published", "alex: status draft -> in_review", "alex: create "], actions);
    }

    [Fact]
    public async Task Publishing_drops_the_importers_draft_comments()
    {
        var imported = Draft("slow-breathing").Replace("---\nid:", "---\n# import: a DRAFT for a person to review\nid:", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await PutAsync("slow-breathing", imported, actor: "alex")).StatusCode);
        Assert.Contains("# import:", await File.ReadAllTextAsync(_factory.Corpus.PathOf("articles/staff/slow-breathing.md")), StringComparison.Ordinal);
        await StatusAsync("slow-breathing", "in_review", "alex", reviewer: "dr sam");

        await StatusAsync("slow-breathing", "published", "dr sam");

        var text = await File.ReadAllTextAsync(_factory.Corpus.PathOf("articles/staff/slow-breathing.md"));
        Assert.DoesNotContain("# import:", text, StringComparison.Ordinal);
        Assert.Contains("status: published", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_cannot_skip_review()
    {
        await PutAsync("slow-breathing", Draft("slow-breathing"), actor: "alex");

        var response = await StatusAsync("slow-breathing", "published", "dr sam");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("can move to in_review, not published", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_article_can_be_retired()
    {
        var response = await StatusAsync("worry-basics", "retired", "dr sam");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("status: retired", await File.ReadAllTextAsync(_factory.Corpus.PathOf("articles/anxiety/worry-basics.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_previous_version_is_restored_from_the_audit_log()
    {
        await PutAsync("slow-breathing", Draft("slow-breathing", "The original text. It is calm."));
        var original = await VersionOfAsync("slow-breathing");
        await PutAsync("slow-breathing", Draft("slow-breathing", "A bad edit. It is wrong."), "sam", original);

        var response = await _client.PostAsJsonAsync($"/api/admin/articles/slow-breathing/restore/{original}", new { actor = "alex" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(original, (string?)(await JsonAsync(response))["version"]);
        Assert.Contains("The original text.", await File.ReadAllTextAsync(_factory.Corpus.PathOf("articles/staff/slow-breathing.md")), StringComparison.Ordinal);
        var history = (await JsonAsync(await _client.GetAsync("/api/admin/articles/slow-breathing/history"))).AsArray();
        Assert.Equal("restore", (string?)history[0]!["action"]);
        Assert.Equal(3, history.Count);
    }

    [Fact]
    public async Task Restoring_an_unknown_version_is_404()
    {
        var response = await _client.PostAsJsonAsync("/api/admin/articles/worry-basics/restore/0123456789abcdef", new { actor = "alex" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_change_without_an_actor_is_refused()
    {
        var response = await PutAsync("slow-breathing", Draft("slow-breathing"), actor: "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Garbage_json_is_a_clear_400()
    {
        var response = await _client.PostAsync("/api/admin/articles/worry-basics/status", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
