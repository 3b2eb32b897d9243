using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Psychoed.Bot.Hosting;
using Psychoed.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Psychoed.Bot.Tests.Hosting;

/// <summary>
/// Property-based fuzzing: thousands of generated and mutated activities through the real host
/// (Development, real corpus and pipeline) on <c>/api/messages</c> and the embedded Direct Line get no
/// 5xx, and afterwards a crisis message is still answered with crisis contacts.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int BotFrameworkCount = 2000;
    private const int DirectLineCount = 600;

    private static bool IsNamedInvoke(string body) =>
        JsonNode.Parse(body) is JsonObject json && json["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "invoke"
        && json["name"] is JsonValue name && name.TryGetValue<string>(out var n) && !string.IsNullOrWhiteSpace(n);

    [Property(MaxTest = 3000)]
    public Property The_activity_validator_never_throws_and_accepts_only_what_the_adapter_can_read() =>
        Prop.ForAll(ActivityFuzz.BotFrameworkBody().ToArbitrary(), body =>
        {
            var problem = IncomingActivityValidator.Check(body, out _);
            return problem is not null || JsonNode.Parse(body) is JsonObject { } json && json["conversation"]?["id"] is not null;
        });

    [Fact]
    public async Task Thousands_of_fuzzed_activities_get_no_5xx_and_a_crisis_is_still_answered_with_contacts()
    {
        using var factory = new RealCorpusAppFactory();
        using var host = factory.WithWebHostBuilder(b => b
            .UseSetting("Psychoed:DirectLine:PostsPerConversation", "100000")
            .UseSetting("Psychoed:DirectLine:RequestsPerAddress", "100000")
            .UseSetting("Psychoed:DirectLine:TokensPerAddress", "1000"));
        using var client = host.CreateClient();
        await factory.LoadCorpusAsync();

        var statuses = new Dictionary<int, int>();
        var unsupportedInvokes = 0;
        var failures = new List<string>();
        async Task RecordAsync(HttpResponseMessage response, string body)
        {
            var code = (int)response.StatusCode;
            statuses[code] = statuses.GetValueOrDefault(code) + 1;
            // 501 to a well-formed, named invoke the bot does not implement is the Bot Framework's
            // defined answer (Teams reads it as "not supported"), not a failure; counted apart.
            if (code == 501 && IsNamedInvoke(body))
            {
                unsupportedInvokes++;
                return;
            }

            if (code >= 500 && failures.Count < 5)
            {
                failures.Add($"{code} for {body}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        foreach (var body in ActivityFuzz.BotFrameworkBody().Sample(BotFrameworkCount, 8))
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            await RecordAsync(await client.PostAsync("/api/messages", content), body);
        }

        using (var visitor = new DirectLineTestClient(host.CreateClient()))
        {
            await visitor.StartAsync();
            foreach (var body in ActivityFuzz.DirectLineBody().Sample(DirectLineCount, 8))
            {
                await RecordAsync(await visitor.PostActivityAsync(body), body);
            }

            await visitor.SayAsync("i want to kill myself");
            var (activities, _) = await visitor.ReadActivitiesAsync();
            Assert.Contains(activities, a => a!.ToJsonString().Contains("988", StringComparison.Ordinal));
        }

        output.WriteLine($"{statuses.Values.Sum()} fuzzed requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}"))
            + $" ({unsupportedInvokes} of the 501s answer a named invoke the bot does not implement)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(unsupportedInvokes, statuses.Where(s => s.Key >= 500).Sum(s => s.Value));
        Assert.Equal(BotFrameworkCount + DirectLineCount, statuses.Values.Sum());

        var (response, replies) = await ActivityJson.PostAsync(client, ActivityJson.Message("i want to kill myself", conversationId: "after-fuzz"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", (string?)replies[0]!["text"], StringComparison.Ordinal);
    }
}
