using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Psychoed.Bot.DirectLine;
using Psychoed.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>
/// Bounded memory: what a visitor posts is cut to what its type needs, each conversation is capped by
/// count and bytes, and all conversations together stay within a budget, measured by the store's accounting.
/// </summary>
public sealed class DirectLineMemoryTests(ITestOutputHelper output)
{
    private static ConversationStore StoreOf(DirectLineTestHost host) => host.Services.GetRequiredService<ConversationStore>();

    // A typing activity just under the 64 KB body limit, nearly all of it channelData.
    private static string LargeTyping(int i) =>
        new JsonObject
        {
            ["type"] = "typing",
            ["text"] = "typing " + i,
            ["channelData"] = new JsonObject { ["clientActivityID"] = "c-" + i, ["pad"] = new string('x', 63_000) },
        }.ToJsonString();

    [Fact]
    public async Task Three_hundred_64_KB_typing_activities_over_ten_conversations_within_the_rate_limits_add_far_less_than_200_MB()
    {
        // The production rate limits: 30 posts per conversation and 30 tokens per address a minute.
        using var host = new DirectLineTestHost(new Dictionary<string, string?>
        {
            ["Psychoed:DirectLine:PostsPerConversation"] = "30",
            ["Psychoed:DirectLine:TokensPerAddress"] = "30",
            ["Psychoed:DirectLine:RequestsPerAddress"] = "600",
            ["Psychoed:DirectLine:RateLimitWindow"] = "00:01:00",
        });
        var clients = new List<DirectLineTestClient>();
        for (var c = 0; c < 10; c++)
        {
            var client = host.NewClient();
            await client.StartAsync();
            clients.Add(client);
        }

        var store = StoreOf(host);
        var before = store.TotalBytes;
        var posted = 0;
        foreach (var client in clients)
        {
            for (var i = 0; i < 30; i++)
            {
                var response = await client.PostActivityAsync(LargeTyping(i));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                posted++;
            }
        }

        var grown = store.TotalBytes - before;
        output.WriteLine($"{posted} posts of {LargeTyping(0).Length} bytes: stored bytes {before} -> {store.TotalBytes} (+{grown})");
        Assert.Equal(300, posted);
        Assert.InRange(grown, 1, 1024 * 1024);
        var (activities, _) = await clients[0].ReadActivitiesAsync();
        Assert.All(activities.Where(a => (string?)a!["type"] == "typing"), a => Assert.Null(a!["channelData"]));
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_conversation_over_its_byte_cap_drops_its_oldest_activities_and_watermarks_keep_working()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:DirectLine:MaxConversationBytes"] = "20000" });
        using var client = host.NewClient();
        await client.StartAsync();
        var (_, start) = await client.ReadActivitiesAsync();

        string? middle = null;
        for (var i = 0; i < 40; i++)
        {
            await client.SayAsync($"message {i} " + new string('m', 1500));
            if (i == 37)
            {
                (_, middle) = await client.ReadActivitiesAsync();
            }
        }

        var conversation = StoreOf(host).Find(client.ConversationId)!;
        Assert.InRange(conversation.Bytes, 1, 20000);
        Assert.True(conversation.Trimmed > 0);
        var (all, end) = await client.ReadActivitiesAsync(start);
        Assert.DoesNotContain(all, a => ((string?)a!["text"])?.StartsWith("message 0 ", StringComparison.Ordinal) == true);
        Assert.Contains(all, a => ((string?)a!["text"])?.StartsWith("message 39 ", StringComparison.Ordinal) == true);
        var (later, _) = await client.ReadActivitiesAsync(middle);
        Assert.DoesNotContain(later, a => ((string?)a!["text"])?.StartsWith("message 37 ", StringComparison.Ordinal) == true);
        Assert.Contains(later, a => ((string?)a!["text"])?.StartsWith("message 38 ", StringComparison.Ordinal) == true);
        Assert.Empty((await client.ReadActivitiesAsync(end)).Activities);
    }

    [Fact]
    public async Task Over_the_memory_budget_the_longest_idle_conversation_is_forgotten_and_counted()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?>
        {
            ["Psychoed:DirectLine:MaxConversationBytes"] = "20000",
            ["Psychoed:DirectLine:MaxTotalBytes"] = "50000",
        });
        long evicted = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DirectLineMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "psychoed.directline.evicted_conversations")
            {
                Interlocked.Add(ref evicted, value);
            }
        });
        listener.Start();

        var clients = new List<DirectLineTestClient>();
        for (var c = 0; c < 5; c++)
        {
            var client = host.NewClient();
            await client.StartAsync();
            clients.Add(client);
            for (var i = 0; i < 8; i++)
            {
                await client.SayAsync($"visitor {c} says {i} " + new string('v', 1500));
            }

            host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var store = StoreOf(host);
        Assert.InRange(store.TotalBytes, 1, 50000);
        Assert.Equal(HttpStatusCode.NotFound, (await clients[0].GetActivitiesAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[4].GetActivitiesAsync()).StatusCode);
        Assert.True(Interlocked.Read(ref evicted) > 0);
        clients.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task A_message_with_large_channel_data_keeps_only_the_client_activity_id()
    {
        using var host = new DirectLineTestHost();
        using var client = host.NewClient();
        await client.StartAsync();

        var body = new JsonObject
        {
            ["type"] = "message",
            ["text"] = "hello",
            ["channelData"] = new JsonObject { ["clientActivityID"] = "client-7", ["pad"] = new string('p', 10_000) },
        };
        Assert.Equal(HttpStatusCode.OK, (await client.PostActivityAsync(body.ToJsonString())).StatusCode);
        var (activities, _) = await client.ReadActivitiesAsync();

        var echo = activities.Single(a => (string?)a!["text"] == "hello")!;
        Assert.Equal("client-7", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Null(echo["channelData"]!["pad"]);
    }

    [Fact]
    public async Task A_value_over_its_cap_is_refused_with_413()
    {
        using var host = new DirectLineTestHost();
        using var client = host.NewClient();
        await client.StartAsync();

        var body = new JsonObject { ["type"] = "event", ["name"] = "x", ["value"] = new string('v', 8000) };
        var response = await client.PostActivityAsync(body.ToJsonString());

        Assert.Equal("MessageTooLarge", await DirectLineTestClient.ErrorCodeAsync(response, HttpStatusCode.RequestEntityTooLarge));
    }
}
