using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>nosniff everywhere, framing only by the bot itself and configured sites, and no Host header echoed.</summary>
public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/chat.css")]
    [InlineData("/favicon.svg")]
    [InlineData("/embed.js")]
    [InlineData("/healthz")]
    [InlineData("/no-such-page")]
    [InlineData("/api/webchat/config")]
    public async Task Every_response_carries_nosniff(string path)
    {
        using var host = new DirectLineTestHost();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task By_default_only_the_bot_itself_may_frame_the_page()
    {
        using var host = new DirectLineTestHost();
        using var client = host.CreateClient();

        var csp = Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.EndsWith("frame-ancestors 'self'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_clinic_site_may_frame_the_page_besides_the_bot_itself()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:WebChat:FrameAncestors"] = "https://clinic.example.org" });
        using var client = host.CreateClient();

        var csp = Assert.Single((await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy"));

        Assert.EndsWith("frame-ancestors 'self' https://clinic.example.org", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_public_url_the_csp_and_stream_url_use_it_not_the_host_header()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:PublicUrl"] = "https://bot.example.org" });
        using var client = host.NewClient();
        client.Http.DefaultRequestHeaders.Host = "evil.example.com";

        var page = await client.Http.GetAsync("/");
        var started = await client.StartAsync();

        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self' wss://bot.example.org;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", csp, StringComparison.Ordinal);
        Assert.StartsWith("wss://bot.example.org/v3/directline/conversations/", (string?)started["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_without_a_public_url_the_host_header_is_not_echoed()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?>
        {
            ["Psychoed:AllowAnonymous"] = "true",
        }, environment: "Production");
        using var client = host.NewClient();
        client.Http.DefaultRequestHeaders.Host = "evil.example.com";

        var page = await client.Http.GetAsync("/");
        var started = await client.StartAsync();

        Assert.DoesNotContain("evil", Assert.Single(page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.StartsWith("/v3/directline/conversations/", (string?)started["streamUrl"], StringComparison.Ordinal);
    }
}
