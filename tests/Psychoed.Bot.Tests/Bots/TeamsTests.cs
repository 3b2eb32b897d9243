using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Bots;

public sealed class TeamsTests
{
    [Fact]
    public async Task The_mention_is_stripped_before_the_question_reaches_the_pipeline()
    {
        var harness = new BotHarness(Channels.Msteams, "channel");

        var replies = await harness.SendAsync(Mentioning(harness, "<at>Psychoed</at> what is ptsd"));

        Assert.Single(replies);
        Assert.Equal(["what is ptsd"], harness.Pipeline.Received);
    }

    [Fact]
    public async Task A_channel_message_without_a_mention_is_ignored()
    {
        var harness = new BotHarness(Channels.Msteams, "channel");

        var replies = await harness.SayAsync("what is ptsd");

        Assert.Empty(replies);
        Assert.Empty(harness.Pipeline.Received);
    }

    [Fact]
    public async Task A_group_chat_message_without_a_mention_is_ignored()
    {
        var harness = new BotHarness(Channels.Msteams, "groupChat");

        Assert.Empty(await harness.SayAsync("what is ptsd"));
    }

    [Fact]
    public async Task A_personal_chat_needs_no_mention()
    {
        var harness = new BotHarness(Channels.Msteams, "personal");

        Assert.Single(await harness.SayAsync("what is ptsd"));
    }

    [Fact]
    public async Task A_card_button_pressed_in_a_channel_is_answered_without_a_mention()
    {
        var harness = new BotHarness(Channels.Msteams, "channel");
        await harness.SendAsync(Mentioning(harness, "<at>Psychoed</at> what is ptsd"));
        var press = MessageFactory.Text("tell me more");
        press.Value = new JObject { ["psychoed"] = "say", ["text"] = "tell me more" };

        var reply = Assert.Single(await harness.SendAsync(press));

        Assert.Contains(FakeAnswerPipeline.PtsdNextPassage, Cards.AllText(Cards.CardOf(reply)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_replies_carry_their_buttons_in_the_card_not_as_suggested_actions()
    {
        var harness = new BotHarness(Channels.Msteams, "personal");

        var reply = Assert.Single(await harness.SayAsync("what is ptsd"));

        Assert.Null(reply.SuggestedActions);
        Assert.Null(reply.Text);
        var card = Cards.CardOf(reply);
        Assert.Equal(["Tell me more", "Trauma responses", "Grounding techniques", "I need help now", "👍", "👎"], Cards.ActionTitles(card));
        var tellMore = (JObject)card["actions"]![0]!;
        Assert.Equal("Action.Submit", (string?)tellMore["type"]);
        Assert.Equal("messageBack", (string?)tellMore["data"]!["msteams"]!["type"]);
        var thumbsDown = (JObject)card["actions"]![5]!;
        Assert.Equal("Action.ShowCard", (string?)thumbsDown["type"]);
        Assert.Equal("comment", (string?)thumbsDown["card"]!["body"]![1]!["id"]);
        Assert.Equal("down", (string?)thumbsDown["card"]!["actions"]![0]!["data"]!["feedback"]);
    }

    [Fact]
    public async Task Installing_the_bot_in_Teams_sends_the_welcome_once()
    {
        var harness = new BotHarness(Channels.Msteams, "personal");
        var added = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [harness.Adapter.Conversation.Bot] };
        var installed = new Activity(ActivityTypes.InstallationUpdate) { Action = "add" };

        var first = await harness.SendAsync(added);
        var second = await harness.SendAsync(installed);

        Assert.Contains("not a therapist", Cards.AllText(Cards.CardOf(Assert.Single(first))), StringComparison.Ordinal);
        Assert.Empty(second);
    }

    [Fact]
    public async Task A_user_joining_a_team_does_not_get_the_welcome_in_the_channel()
    {
        var harness = new BotHarness(Channels.Msteams, "channel");
        var added = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("29:new-person", "New person")] };

        Assert.Empty(await harness.SendAsync(added));
    }

    private static Activity Mentioning(BotHarness harness, string text)
    {
        var bot = harness.Adapter.Conversation.Bot;
        var activity = MessageFactory.Text(text);
        // As the connector delivers it: a plain entity whose properties hold the mention.
        var entity = new Entity("mention");
        entity.SetAs(new Mention(new ChannelAccount(bot.Id, "Psychoed"), "<at>Psychoed</at>", "mention"));
        activity.Entities = [entity];
        return activity;
    }
}
