using System.Net;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>The Direct Line 3.0 cycle as Web Chat drives it: token, conversation, post, get with watermark.</summary>
public sealed class ConversationFlowTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    [Fact]
    public async Task The_token_endpoint_issues_a_token_for_a_new_conversation_and_a_server_assigned_user()
    {
        using var client = _host.NewClient();

        var first = await DirectLineTestClient.ReadAsync(await client.Http.PostAsync("/api/webchat/token", null), HttpStatusCode.OK);
        var second = await DirectLineTestClient.ReadAsync(await client.Http.PostAsync("/api/webchat/token", null), HttpStatusCode.OK);

        Assert.Equal(1800, (int)first["expires_in"]!);
        Assert.StartsWith("dl_", (string)first["userId"]!);
        Assert.False(string.IsNullOrEmpty((string?)first["token"]));
        Assert.NotEqual((string)first["conversationId"]!, (string)second["conversationId"]!);
        Assert.NotEqual((string)first["userId"]!, (string)second["userId"]!);
    }

    [Fact]
    public async Task Starting_the_conversation_returns_a_stream_url_and_the_bot_welcomes_the_visitor()
    {
        using var client = _host.NewClient();

        var conversation = await client.StartAsync();
        var (activities, watermark) = await client.ReadActivitiesAsync();

        Assert.Equal(client.ConversationId, (string)conversation["conversationId"]!);
        Assert.Equal(client.Token, (string)conversation["token"]!);
        Assert.InRange((int)conversation["expires_in"]!, 1790, 1800);
        var streamUrl = new Uri((string)conversation["streamUrl"]!);
        Assert.Equal("ws", streamUrl.Scheme);
        Assert.Equal($"/v3/directline/conversations/{client.ConversationId}/stream", streamUrl.AbsolutePath);
        Assert.Contains("t=", streamUrl.Query, StringComparison.Ordinal);
        var welcome = Assert.Single(activities);
        Assert.Equal(ScriptedBot.Welcome, (string?)welcome!["text"]);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task Starting_the_same_conversation_again_is_idempotent_and_welcomes_only_once()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var again = await DirectLineTestClient.ReadAsync(
            await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", "{}"), HttpStatusCode.OK);
        var (activities, _) = await client.ReadActivitiesAsync();

        Assert.Equal(client.ConversationId, (string)again["conversationId"]!);
        Assert.Single(activities);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_as_the_server_assigned_user_and_answered_by_the_bot()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var id = await client.SayAsync("What is a panic attack?");
        var (activities, watermark) = await client.ReadActivitiesAsync("1");

        Assert.Equal($"{client.ConversationId}|0000002", id);
        Assert.Equal("3", watermark);
        Assert.Equal(2, activities.Count);
        var echo = activities[0]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Null(echo["from"]!["name"]);
        Assert.Equal("client-1", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
        var answer = activities[1]!;
        Assert.Equal(id, (string?)answer["replyToId"]);
        Assert.Equal("psychoed", (string?)answer["from"]!["id"]);
        Assert.Equal(client.UserId, (string?)answer["recipient"]!["id"]);
        Assert.Equal(client.ConversationId, (string?)answer["conversation"]!["id"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["attachments"]![0]!["contentType"]);
        Assert.Equal("Tell me more", (string?)answer["suggestedActions"]!["actions"]![0]!["title"]);
        Assert.NotNull(answer["timestamp"]);
    }

    [Fact]
    public async Task Reading_at_the_latest_watermark_returns_nothing_new()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        await client.SayAsync("hello");

        var (all, watermark) = await client.ReadActivitiesAsync();
        var (none, same) = await client.ReadActivitiesAsync(watermark);

        Assert.Equal(3, all.Count);
        Assert.Empty(none);
        Assert.Equal(watermark, same);
    }

    [Fact]
    public async Task Reconnecting_returns_a_stream_url_that_resumes_after_the_watermark()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        var reconnect = await DirectLineTestClient.ReadAsync(
            await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=1"), HttpStatusCode.OK);

        Assert.Equal(client.ConversationId, (string)reconnect["conversationId"]!);
        Assert.Equal(client.Token, (string)reconnect["token"]!);
        Assert.Contains("watermark=1", (string)reconnect["streamUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refreshed_token_keeps_the_conversation_and_user()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        var userId = client.UserId;
        _host.Time.Advance(TimeSpan.FromMinutes(15));

        var refreshed = await DirectLineTestClient.ReadAsync(
            await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh"), HttpStatusCode.OK);
        client.Token = (string)refreshed["token"]!;
        _host.Time.Advance(TimeSpan.FromMinutes(10));
        await client.SayAsync("still here?");
        var (activities, _) = await client.ReadActivitiesAsync();

        Assert.Equal(client.ConversationId, (string)refreshed["conversationId"]!);
        Assert.Equal(1800, (int)refreshed["expires_in"]!);
        Assert.Equal(userId, (string?)activities[1]!["from"]!["id"]);
    }

    [Fact]
    public async Task Each_conversation_has_its_own_activities()
    {
        using var alice = _host.NewClient();
        using var bob = _host.NewClient();
        await alice.StartAsync();
        await bob.StartAsync();

        await alice.SayAsync("alice asks");
        var (bobs, _) = await bob.ReadActivitiesAsync();

        Assert.Single(bobs);
        Assert.DoesNotContain(bobs, a => (string?)a!["text"] == "alice asks");
    }

    public void Dispose() => _host.Dispose();
}
