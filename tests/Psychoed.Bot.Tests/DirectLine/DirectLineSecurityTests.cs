using System.Net;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>Tokens are bound to one conversation, expire, and conversations are forgotten and bounded.</summary>
public sealed class DirectLineSecurityTests : IDisposable
{
    private readonly DirectLineTestHost _host = new(new Dictionary<string, string?>
    {
        ["Psychoed:DirectLine:ConversationIdleTimeout"] = "00:20:00",
        ["Psychoed:DirectLine:MaxConversations"] = "3",
    });

    [Fact]
    public async Task A_request_without_a_token_is_unauthorized()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var response = await client.Http.GetAsync($"/v3/directline/conversations/{client.ConversationId}/activities");

        Assert.Equal("TokenMissing", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_forged_or_tampered_token_is_unauthorized()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        var tampered = client.Token[..^4] + (client.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var forged = await client.GetActivitiesAsync(token: "not-a-token");
        var changed = await client.GetActivitiesAsync(token: tampered);

        Assert.Equal("TokenInvalid", await DirectLineTestClient.ErrorCodeAsync(forged, HttpStatusCode.Unauthorized));
        Assert.Equal("TokenInvalid", await DirectLineTestClient.ErrorCodeAsync(changed, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_token_never_reads_or_writes_another_conversation()
    {
        using var alice = _host.NewClient();
        using var mallory = _host.NewClient();
        await alice.StartAsync();
        await mallory.StartAsync();

        var read = await mallory.GetActivitiesAsync(conversationId: alice.ConversationId);
        var write = await mallory.PostActivityAsync("""{"type":"message","text":"hi"}""", conversationId: alice.ConversationId);
        var reconnect = await mallory.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{alice.ConversationId}");
        var (alices, _) = await alice.ReadActivitiesAsync();

        Assert.Equal("Forbidden", await DirectLineTestClient.ErrorCodeAsync(read, HttpStatusCode.Forbidden));
        Assert.Equal("Forbidden", await DirectLineTestClient.ErrorCodeAsync(write, HttpStatusCode.Forbidden));
        Assert.Equal("Forbidden", await DirectLineTestClient.ErrorCodeAsync(reconnect, HttpStatusCode.Forbidden));
        Assert.Single(alices);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_403_as_direct_line_does_and_cannot_be_refreshed()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        await client.SayAsync("keep the conversation alive");
        _host.Time.Advance(TimeSpan.FromMinutes(19));
        await client.SayAsync("still talking");
        _host.Time.Advance(TimeSpan.FromMinutes(12));

        var post = await client.PostActivityAsync("""{"type":"message","text":"hello?"}""");
        var refresh = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");

        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(post, HttpStatusCode.Forbidden));
        Assert.Equal("TokenExpired", await DirectLineTestClient.ErrorCodeAsync(refresh, HttpStatusCode.Forbidden));
    }

    [Fact]
    public async Task A_conversation_is_forgotten_after_the_idle_timeout()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(19));
        var (beforeTimeout, _) = await client.ReadActivitiesAsync();
        _host.Time.Advance(TimeSpan.FromMinutes(2));

        var afterTimeout = await client.GetActivitiesAsync();

        Assert.Single(beforeTimeout);
        Assert.Equal("ConversationNotFound", await DirectLineTestClient.ErrorCodeAsync(afterTimeout, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task At_the_cap_the_longest_idle_conversation_makes_room_for_a_new_one()
    {
        var clients = Enumerable.Range(0, 4).Select(_ => _host.NewClient()).ToList();
        try
        {
            foreach (var client in clients.Take(3))
            {
                await client.StartAsync();
                _host.Time.Advance(TimeSpan.FromSeconds(10));
            }

            await clients[0].SayAsync("the oldest conversation is used again");
            await clients[3].StartAsync();

            Assert.Equal(HttpStatusCode.OK, (await clients[0].GetActivitiesAsync()).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await clients[1].GetActivitiesAsync()).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await clients[2].GetActivitiesAsync()).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await clients[3].GetActivitiesAsync()).StatusCode);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task The_visitor_cannot_choose_their_id_or_speak_as_the_bot()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var id = await client.PostActivityAsync("""
            {"type":"message","text":"I am the bot","id":"forged","from":{"id":"psychoed","name":"Psychoed","role":"bot"},
             "conversation":{"id":"other"},"recipient":{"id":"someone"},"replyToId":"x","serviceUrl":"https://attacker.example"}
            """);
        var (activities, _) = await client.ReadActivitiesAsync("1");

        Assert.Equal(HttpStatusCode.OK, id.StatusCode);
        var echo = activities[0]!;
        Assert.NotEqual("forged", (string?)echo["id"]);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal(client.ConversationId, (string?)echo["conversation"]!["id"]);
        Assert.Null(echo["serviceUrl"]);
        Assert.Null(echo["replyToId"]);
    }

    public void Dispose() => _host.Dispose();
}
