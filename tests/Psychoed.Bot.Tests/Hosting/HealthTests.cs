using System.Net;
using System.Text.Json.Nodes;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private const string StaffKey = "staff-key-0123456789abcdef";
    private readonly BotAppFactory _factory = new();

    [Fact]
    public async Task Readyz_is_ok_when_the_index_is_loaded_and_the_database_reachable()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", (string?)body["status"]);
    }

    [Fact]
    public async Task Readyz_is_503_with_the_reason_while_the_index_is_not_loaded()
    {
        _factory.Search.IsReady = false;
        using var client = _factory.WithWebHostBuilder(b => b.UseSetting("Psychoed:Admin:ApiKey", StaffKey)).CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", StaffKey);

        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var checks = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!.AsArray();
        var index = Assert.Single(checks, c => (string?)c!["name"] == "index")!;
        Assert.Equal("Degraded", (string?)index["status"]);
        Assert.Contains("not loaded", (string?)index["reason"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    public async Task Readyz_gives_anyone_without_the_staff_key_the_status_but_no_reasons(string? key)
    {
        _factory.Search.IsReady = false;
        using var client = _factory.WithWebHostBuilder(b => b.UseSetting("Psychoed:Admin:ApiKey", StaffKey)).CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        var response = await client.GetAsync("/readyz");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Degraded", (string?)JsonNode.Parse(text)!["status"]);
        Assert.DoesNotContain("reason", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not loaded", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_factory.DataPath, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_stays_ok_while_the_index_is_not_loaded()
    {
        _factory.Search.IsReady = false;
        using var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
