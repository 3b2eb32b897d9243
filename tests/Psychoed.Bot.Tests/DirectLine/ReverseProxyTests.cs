using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>Behind a TLS-terminating proxy on the same machine (deploy/selfhost/nginx.conf).</summary>
public sealed class ReverseProxyTests
{
    [Fact]
    public async Task Behind_a_local_https_proxy_the_stream_url_is_wss_and_visitors_are_limited_by_their_own_address()
    {
        await using var server = new KestrelBotServer(() => new ScriptedBot(), new Dictionary<string, string?>
        {
            ["Psychoed:DirectLine:TokensPerAddress"] = "1",
        });
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        var first = await PostAsync(http, "/api/webchat/token", "203.0.113.7");
        var second = await PostAsync(http, "/api/webchat/token", "203.0.113.7");
        var otherVisitor = await PostAsync(http, "/api/webchat/token", "198.51.100.20");
        var token = (string)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["token"]!;
        var conversation = await PostAsync(http, "/v3/directline/conversations", "203.0.113.7", token);
        var streamUrl = (string)JsonNode.Parse(await conversation.Content.ReadAsStringAsync())!["streamUrl"]!;

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, otherVisitor.StatusCode);
        Assert.StartsWith("wss://chat.example-clinic.org/v3/directline/conversations/", streamUrl, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string visitor, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{}") };
        request.Headers.Host = "chat.example-clinic.org";
        request.Headers.Add("X-Forwarded-For", visitor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }
}
