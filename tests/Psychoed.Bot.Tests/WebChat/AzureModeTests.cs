using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Psychoed.Bot.Tests.Support;
using Psychoed.Bot.WebChat;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>With a Direct Line secret configured, visitors get Azure tokens; the secret never reaches them.</summary>
public sealed class AzureModeTests
{
    private const string Secret = "test-secret-never-shown";
    private const string Endpoint = "https://directline.example";

    [Fact]
    public async Task The_token_endpoint_exchanges_the_secret_for_a_visitor_token_at_azure()
    {
        var azure = new FakeAzureDirectLine().Answer(HttpStatusCode.OK,
            """{"conversationId":"AzConv-1","token":"azure-token","expires_in":1800}""");
        using var host = Host(azure);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/webchat/token", null);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure-token", (string?)body["token"]);
        Assert.Equal("AzConv-1", (string?)body["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Equal(Endpoint + "/v3/directline", (string?)body["domain"]);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        var sent = Assert.Single(azure.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(new Uri(Endpoint + "/v3/directline/tokens/generate"), sent.Uri);
        Assert.Equal("Bearer " + Secret, sent.Authorization);
        var userId = (string?)JsonNode.Parse(sent.Body)!["user"]!["id"];
        Assert.StartsWith("dl_", userId);
        Assert.Equal(userId, (string?)body["userId"]);
    }

    [Fact]
    public async Task A_transient_azure_failure_is_retried()
    {
        var azure = new FakeAzureDirectLine()
            .Answer(HttpStatusCode.ServiceUnavailable, "{}")
            .Answer(HttpStatusCode.OK, """{"conversationId":"AzConv-2","token":"azure-token-2","expires_in":1800}""");
        using var host = Host(azure);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, azure.Requests.Count);
    }

    [Fact]
    public async Task An_azure_refusal_becomes_a_clear_502_without_the_secret()
    {
        var azure = new FakeAzureDirectLine().Answer(HttpStatusCode.Forbidden, """{"error":{"code":"BadArgument"}}""");
        using var host = Host(azure);
        using var client = host.CreateClient();

        var response = await client.PostAsync("/api/webchat/token", null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("DirectLineUnavailable", (string?)JsonNode.Parse(text)!["error"]!["code"]);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Single(azure.Requests);
    }

    [Fact]
    public async Task The_page_never_contains_the_secret_and_allows_connections_to_azure()
    {
        using var host = Host(new FakeAzureDirectLine().Answer(HttpStatusCode.OK, "{}"));
        using var client = host.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var config = await client.GetStringAsync("/api/webchat/config");

        Assert.DoesNotContain(Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, config, StringComparison.Ordinal);
        Assert.Contains("\"mode\":\"azure\"", config, StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("https://directline.example", csp, StringComparison.Ordinal);
        Assert.Contains("wss://directline.example", csp, StringComparison.Ordinal);
    }

    private static DirectLineTestHost Host(FakeAzureDirectLine azure) => new(
        new Dictionary<string, string?>
        {
            ["Psychoed:WebChat:DirectLineSecret"] = Secret,
            ["Psychoed:WebChat:DirectLineEndpoint"] = Endpoint,
        },
        services =>
        {
            services.AddHttpClient<AzureDirectLineClient>().ConfigurePrimaryHttpMessageHandler(() => azure);
            // The standard handler's retry, without its real back-off delay.
            services.Configure<HttpStandardResilienceOptions>(nameof(AzureDirectLineClient) + "-standard", o =>
            {
                o.Retry.Delay = TimeSpan.FromMilliseconds(1);
                o.Retry.UseJitter = false;
            });
        },
        fakeTime: false);
}
