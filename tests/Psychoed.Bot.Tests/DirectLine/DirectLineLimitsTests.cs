using System.Net;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>Size limits (413), malformed activities (400) and rate limits (429), each with a clear JSON error.</summary>
public sealed class DirectLineLimitsTests : IDisposable
{
    private readonly DirectLineTestHost _host = new(new Dictionary<string, string?>
    {
        ["Psychoed:DirectLine:MaxTextLength"] = "100",
        ["Psychoed:DirectLine:MaxActivityBytes"] = "2048",
    });

    [Fact]
    public async Task A_message_longer_than_the_limit_is_refused_with_413_and_the_bot_never_sees_it()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var response = await client.PostActivityAsync($$"""{"type":"message","text":"{{new string('a', 101)}}"}""");
        var (activities, _) = await client.ReadActivitiesAsync();

        Assert.Equal("MessageTooLarge", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.RequestEntityTooLarge));
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_refused_with_413()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var padding = new string('x', 4096);
        var response = await client.PostActivityAsync("{\"type\":\"message\",\"text\":\"hi\",\"channelData\":{\"pad\":\"" + padding + "\"}}");

        Assert.Equal("MessageTooLarge", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.RequestEntityTooLarge));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":"invoke","name":"x"}""")]
    [InlineData("""{"type":"message"}""")]
    [InlineData("""{"type":"message","text":42}""")]
    [InlineData("""{"type":"message","text":"hi"} trailing""")]
    [InlineData("""{"type":"message","text":"hi","entities":[{"type":{"not":"a string"}}]}""")]
    [InlineData("""{"type":"message","text":"hi","entities":[false,{"$type":null},3.14]}""")]
    [InlineData("""{"$type":null,"type":"message","text":"hi"}""")]
    [InlineData("""{"type":"message","text":"with a file","attachments":[{"contentType":"image/png","contentUrl":"https://x.example/a.png"}]}""")]
    public async Task A_malformed_activity_is_refused_with_400(string body)
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var response = await client.PostActivityAsync(body);

        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_deeply_nested_body_is_refused_with_400_not_a_crash()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        var nested = new string('[', 200) + new string(']', 200);

        var response = await client.PostActivityAsync($$"""{"type":"message","text":"hi","value":{{nested}}}""");

        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_card_submit_with_a_value_and_no_text_is_accepted()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var response = await client.PostActivityAsync("""{"type":"message","value":{"action":"feedback","helpful":true}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_watermark_that_is_not_a_number_is_refused_with_400()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var response = await client.GetActivitiesAsync("abc");

        Assert.Equal("BadArgument", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Posting_faster_than_the_per_conversation_limit_gets_429_with_retry_after()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:DirectLine:PostsPerConversation"] = "3" });
        using var client = host.NewClient();
        using var other = host.NewClient();
        await client.StartAsync();
        await other.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            await client.SayAsync($"message {i}");
        }

        var limited = await client.PostActivityAsync("""{"type":"message","text":"one too many"}""");
        var otherConversation = await other.PostActivityAsync("""{"type":"message","text":"unaffected"}""");

        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(limited, HttpStatusCode.TooManyRequests));
        Assert.True(limited.Headers.RetryAfter is not null || limited.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, otherConversation.StatusCode);
    }

    [Fact]
    public async Task Asking_for_tokens_faster_than_the_per_address_limit_gets_429()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:DirectLine:TokensPerAddress"] = "2" });
        using var client = host.NewClient();

        var first = await client.Http.PostAsync("/api/webchat/token", null);
        var second = await client.Http.PostAsync("/api/webchat/token", null);
        var third = await client.Http.PostAsync("/api/webchat/token", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(third, HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Requests_beyond_the_per_address_limit_get_429_and_other_routes_are_not_limited()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:DirectLine:RequestsPerAddress"] = "4" });
        using var client = host.NewClient();
        await client.StartAsync(); // token + conversation: 2 requests

        await client.ReadActivitiesAsync();
        await client.ReadActivitiesAsync();
        var limited = await client.GetActivitiesAsync();
        var health = await client.Http.GetAsync("/healthz");

        Assert.Equal("TooManyRequests", await DirectLineTestClient.ErrorCodeAsync(limited, HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    public void Dispose() => _host.Dispose();
}
