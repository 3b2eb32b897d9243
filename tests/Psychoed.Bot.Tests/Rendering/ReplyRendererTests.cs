using Newtonsoft.Json.Linq;
using Psychoed.Bot.Rendering;
using Psychoed.Bot.Tests.Support;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Bot.Tests.Rendering;

public sealed class ReplyRendererTests
{
    private static readonly Reply Crisis = new()
    {
        Kind = ReplyKind.Crisis,
        Safety = SafetyLevel.Crisis,
        Lead = "You deserve support right now. You can talk to someone tonight.",
        Body = "I'm here if you want to keep talking.",
        Resources =
        [
            new HelpResource("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988", "24/7"),
            new HelpResource("Crisis Text Line", "Text HOME to 741741", "sms:741741&body=HOME"),
            new HelpResource("Lifeline web chat", "Chat online", "https://988lifeline.org/chat"),
            new HelpResource("Your doctor", "Call your doctor's office"),
        ],
        // Core writes every crisis reply resources first; channels render that text as it is.
        Text = ExpectedCrisisText,
    };

    private const string ExpectedCrisisText = """
        - 988 Suicide & Crisis Lifeline: Call or text 988 (24/7)
        - Crisis Text Line: Text HOME to 741741
        - Lifeline web chat: Chat online
        - Your doctor: Call your doctor's office

        You deserve support right now. You can talk to someone tonight.

        I'm here if you want to keep talking.
        """;

    [Fact]
    public void Non_crisis_replies_keep_the_pipeline_text_unchanged()
    {
        var reply = new Reply { Kind = ReplyKind.Answer, Safety = SafetyLevel.None, Text = "exactly this", Resources = Crisis.Resources };

        Assert.Equal("exactly this", ReplyRenderer.Render(reply, "sms").Text);
    }

    [Fact]
    public void Long_phone_numbers_are_labelled_by_name_short_ones_by_number()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Safety = SafetyLevel.None,
            Text = "t",
            Resources = [new HelpResource("SAMHSA National Helpline", "Call 1-800-662-4357", "tel:18006624357"), new HelpResource("Samaritans", "Call 116 123", "tel:116123")],
        };

        var card = Cards.CardOf(ReplyRenderer.Render(reply, "webchat"));

        var titles = card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.OpenUrl").Select(o => (string)o["title"]!);
        Assert.Equal(["Call SAMHSA National Helpline", "Call 116123"], titles);
    }

    [Fact]
    public void A_crisis_card_starts_with_every_resource_each_with_its_tappable_action()
    {
        var card = Cards.CardOf(ReplyRenderer.Render(Crisis, "webchat"));

        var body = (JArray)card["body"]!;
        var firstFour = body.Take(4).Select(e => (string?)e["items"]![0]!["text"]).ToList();
        Assert.Equal(["988 Suicide & Crisis Lifeline", "Crisis Text Line", "Lifeline web chat", "Your doctor"], firstFour);
        Assert.Equal("Call 988", (string?)body[0]["items"]![2]!["actions"]![0]!["title"]);
        Assert.Equal("Text 741741", (string?)body[1]["items"]![2]!["actions"]![0]!["title"]);
        Assert.Equal("https://988lifeline.org/chat", (string?)body[2]["selectAction"]!["url"]);
        Assert.Null(body[3]["selectAction"]);
        Assert.Equal("You deserve support right now. You can talk to someone tonight.", (string?)body[4]["text"]);
    }

    [Fact]
    public void A_crisis_reply_offers_no_feedback_or_help_now_buttons()
    {
        var activity = ReplyRenderer.Render(Crisis with { Suggestions = ["Keep talking"] }, "webchat");

        Assert.Equal(["Keep talking"], Cards.SuggestedTitles(activity));
    }

    [Fact]
    public void Cards_use_schema_version_1_5_and_carry_the_whole_text_as_fallback()
    {
        var card = Cards.CardOf(ReplyRenderer.Render(Crisis, "msteams"));

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline: Call or text 988 (24/7)", (string?)card["fallbackText"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms")]
    [InlineData("slack")]
    public void Text_only_channels_get_the_plain_text_and_no_card(string channel)
    {
        var activity = ReplyRenderer.Render(Crisis, channel);

        Assert.Equal(ExpectedCrisisText, activity.Text);
        Assert.Empty(activity.Attachments ?? []);
    }

    [Fact]
    public void Card_channels_do_not_repeat_the_text_outside_the_card()
    {
        var activity = ReplyRenderer.Render(Crisis, "webchat");

        Assert.Null(activity.Text);
        Assert.Single(activity.Attachments);
    }

    [Fact]
    public void An_unknown_channel_gets_both_the_card_and_the_text()
    {
        var activity = ReplyRenderer.Render(Crisis, "some-new-channel");

        Assert.Equal(ExpectedCrisisText, activity.Text);
        Assert.Single(activity.Attachments);
    }

    [Fact]
    public void A_source_without_a_web_link_is_shown_as_plain_text()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Safety = SafetyLevel.None,
            Body = "Passage.",
            Citations = [new Citation("sleep", "Sleep and mood", "Why sleep matters", ["sleep"], Url: "javascript:alert(1)")],
            Disclaimer = "Disclaimer.",
            Referral = "Referral.",
            Text = "Passage.",
        };

        var texts = Cards.Texts(Cards.CardOf(ReplyRenderer.Render(reply, "webchat")));

        Assert.Contains("Source: Sleep and mood — Why sleep matters", texts);
    }

    [Fact]
    public void Feedback_buttons_send_the_passage_silently_outside_Teams()
    {
        var reply = new Reply { Kind = ReplyKind.Answer, Safety = SafetyLevel.None, Text = "t", PassageId = "anxiety#3" };

        var actions = ReplyRenderer.Render(reply, "webchat").SuggestedActions!.Actions;

        var up = Assert.Single(actions, a => a.Title == "👍 Helpful");
        Assert.Equal("messageBack", up.Type);
        Assert.Equal("anxiety#3", (string?)((JObject)up.Value)["passageId"]);
        Assert.Equal("up", (string?)((JObject)up.Value)["feedback"]);
    }
}
