using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>The WebSocket behind <c>streamUrl</c>: backlog first, then each activity as the bot sends it.</summary>
public sealed class DirectLineStreamTests : IDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);
    private readonly DirectLineTestHost _host = new();

    [Fact]
    public async Task The_stream_sends_the_backlog_then_the_echo_and_the_answer_as_they_happen()
    {
        using var client = _host.NewClient();
        var conversation = await client.StartAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);

        var backlog = await ReceiveFrameAsync(socket);
        var id = await client.SayAsync("What is a panic attack?");
        var received = new List<JsonNode>();
        string watermark = "";
        while (received.Count < 2)
        {
            var frame = await ReceiveFrameAsync(socket);
            received.AddRange(frame["activities"]!.AsArray().Select(a => a!));
            watermark = (string)frame["watermark"]!;
        }

        Assert.Equal(ScriptedBot.Welcome, (string?)backlog["activities"]![0]!["text"]);
        Assert.Equal("1", (string?)backlog["watermark"]);
        Assert.Equal(id, (string?)received[0]["id"]);
        Assert.Equal(id, (string?)received[1]["replyToId"]);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task A_stream_opened_at_a_watermark_sends_only_what_came_after()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        await client.SayAsync("first question");
        var reconnect = await DirectLineTestClient.ReadAsync(
            await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=2"),
            System.Net.HttpStatusCode.OK);

        using var socket = await ConnectAsync((string)reconnect["streamUrl"]!);
        var frame = await ReceiveFrameAsync(socket);

        var only = Assert.Single(frame["activities"]!.AsArray());
        Assert.Equal($"{client.ConversationId}|0000003", (string?)only!["id"]);
    }

    [Fact]
    public async Task A_stream_url_is_refused_for_another_conversation_or_without_its_credential()
    {
        using var alice = _host.NewClient();
        using var bob = _host.NewClient();
        var alices = await alice.StartAsync();
        await bob.StartAsync();
        var aliceStream = new Uri((string)alices["streamUrl"]!);

        var wrongConversation = new UriBuilder(aliceStream) { Path = $"/v3/directline/conversations/{bob.ConversationId}/stream" }.Uri;
        var bearerInsteadOfStreamCredential = new UriBuilder(aliceStream) { Query = "t=" + Uri.EscapeDataString(alice.Token) }.Uri;

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(wrongConversation.ToString()));
        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(bearerInsteadOfStreamCredential.ToString()));
    }

    [Fact]
    public async Task The_stream_closes_when_the_conversation_expires()
    {
        using var client = _host.NewClient();
        var conversation = await client.StartAsync();
        using var socket = await ConnectAsync((string)conversation["streamUrl"]!);
        await ReceiveFrameAsync(socket);

        // The sweeper's next tick forgets the expired conversation, ending its stream.
        _host.Time.Advance(TimeSpan.FromMinutes(31));
        using var timeout = new CancellationTokenSource(s_wait);
        WebSocketReceiveResult result;
        do
        {
            // Skips the empty keep-alive frames the advanced clock set off.
            result = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        }
        while (result is { MessageType: WebSocketMessageType.Text, Count: 0 });

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var ws = _host.Server.CreateWebSocketClient();
        using var timeout = new CancellationTokenSource(s_wait);
        return await ws.ConnectAsync(new Uri(streamUrl), timeout.Token);
    }

    private static async Task<JsonNode> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(s_wait);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var text = new StringBuilder();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            }
            while (!result.EndOfMessage);

            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text.ToString())!;
            }
        }
    }

    public void Dispose() => _host.Dispose();
}
