using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Psychoed.Bot.DirectLine;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.DirectLine;

/// <summary>The in-process adapter: proactive messages, updates, deletes and failed turns land in the visitor's log.</summary>
public sealed class DirectLineAdapterTests : IDisposable
{
    private readonly DirectLineTestHost _host = new();

    private DirectLineAdapter Adapter => _host.Services.GetRequiredService<DirectLineAdapter>();

    private ConversationReference ReferenceTo(DirectLineTestClient client) => new()
    {
        ChannelId = DirectLineAdapter.ChannelId,
        Conversation = new ConversationAccount(id: client.ConversationId),
        User = new ChannelAccount(client.UserId),
        Bot = Adapter.BotAccount,
    };

    [Fact]
    public async Task Continuing_a_conversation_appends_the_bots_message_to_it()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        var reference = ReferenceTo(client);

        await Adapter.ContinueConversationAsync("psychoed", reference,
            (turn, ct) => turn.SendActivityAsync("Checking in: is there anything else?", cancellationToken: ct), CancellationToken.None);
        var (activities, _) = await client.ReadActivitiesAsync("1");

        var proactive = Assert.Single(activities)!;
        Assert.Equal("Checking in: is there anything else?", (string?)proactive["text"]);
        Assert.Equal("psychoed", (string?)proactive["from"]!["id"]);
    }

    [Fact]
    public async Task Continuing_a_conversation_that_has_ended_fails_clearly()
    {
        var reference = new ConversationReference { Conversation = new ConversationAccount(id: "gone") };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Adapter.ContinueConversationAsync("psychoed", reference, (_, _) => Task.CompletedTask, CancellationToken.None));

        Assert.Contains("ended or expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_updated_activity_is_read_again_with_its_new_content_and_a_deleted_one_is_gone()
    {
        using var client = _host.NewClient();
        await client.StartAsync();
        var reference = ReferenceTo(client);
        string? firstId = null;
        string? secondId = null;

        await Adapter.ContinueConversationAsync("psychoed", reference, async (turn, ct) =>
        {
            firstId = (await turn.SendActivityAsync("Looking that up…", cancellationToken: ct)).Id;
            secondId = (await turn.SendActivityAsync("Temporary note", cancellationToken: ct)).Id;
            var update = MessageFactory.Text("Here is what the articles say.");
            update.Id = firstId;
            await turn.UpdateActivityAsync(update, ct);
            await turn.DeleteActivityAsync(secondId, ct);
        }, CancellationToken.None);
        var (activities, _) = await client.ReadActivitiesAsync();

        Assert.Equal(2, activities.Count);
        var updated = activities[1]!;
        Assert.Equal(firstId, (string?)updated["id"]);
        Assert.Equal("Here is what the articles say.", (string?)updated["text"]);
        Assert.DoesNotContain(activities, a => (string?)a!["id"] == secondId);
    }

    [Fact]
    public async Task A_bot_that_throws_gives_the_visitor_an_apology_with_help_and_no_stack_trace()
    {
        using var client = _host.NewClient();
        await client.StartAsync();

        await client.SayAsync("please throw");
        var (activities, _) = await client.ReadActivitiesAsync("2");

        var apology = Assert.Single(activities)!;
        var text = (string?)apology["text"];
        Assert.Contains("Sorry, something went wrong", text, StringComparison.Ordinal);
        Assert.Contains("988", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_sees_the_directline_channel_and_the_server_assigned_user()
    {
        var seen = new RecordingBot();
        using var host = new DirectLineTestHost(services: s => s.AddTransient<IBot>(_ => seen));
        using var client = host.NewClient();
        await client.StartAsync();

        await client.SayAsync("hello");

        var update = seen.Activities[0];
        var message = seen.Activities[1];
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(client.UserId, Assert.Single(update.MembersAdded).Id);
        Assert.Equal("directline", message.ChannelId);
        Assert.Equal(client.UserId, message.From.Id);
        Assert.Equal("psychoed", message.Recipient.Id);
        Assert.Equal(client.ConversationId, message.Conversation.Id);
        Assert.Equal("hello", message.Text);
    }

    private sealed class RecordingBot : IBot
    {
        public List<Activity> Activities { get; } = [];

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            Activities.Add(turnContext.Activity);
            return Task.CompletedTask;
        }
    }

    public void Dispose() => _host.Dispose();
}
