using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.Bots;

public sealed class ConversationTests
{
    [Fact]
    public async Task A_new_user_is_welcomed_with_what_the_bot_is_the_full_disclaimer_help_now_and_topics()
    {
        var harness = new BotHarness();

        await harness.Flow()
            .SendConversationUpdate()
            .AssertReply(activity =>
            {
                var card = Cards.CardOf(activity.AsMessageActivity());
                var text = Cards.AllText(card);
                Assert.Contains("not a therapist", text, StringComparison.Ordinal);
                Assert.Contains("no person reads this chat", text, StringComparison.Ordinal);
                Assert.Contains(FakeAnswerPipeline.FullDisclaimer, text, StringComparison.Ordinal);
                Assert.Contains("988 Suicide & Crisis Lifeline: Call or text 988", text, StringComparison.Ordinal);
                Assert.Equal(["Anxiety", "Sleep", "Ketamine", "I need help now"], Cards.SuggestedTitles(activity.AsMessageActivity()));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task The_welcome_is_sent_once_per_conversation()
    {
        var harness = new BotHarness();

        await harness.Flow().SendConversationUpdate().AssertReply(_ => { }).SendConversationUpdate().AssertNoReply().StartTestAsync();
    }

    [Fact]
    public async Task The_welcome_does_not_mark_the_conversation_as_having_had_a_crisis()
    {
        var harness = new BotHarness();
        await harness.Flow().SendConversationUpdate().AssertReply(_ => { }).StartTestAsync();

        var memory = await harness.StoredMemoryAsync();

        Assert.NotNull(memory);
        Assert.False(memory.CrisisSeen);
        Assert.True(memory.FullDisclaimerShown);
    }

    [Fact]
    public async Task An_answer_shows_the_passage_its_source_the_referral_and_the_disclaimer()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("what is ptsd"));

        var text = Cards.AllText(Cards.CardOf(reply));
        Assert.Contains(FakeAnswerPipeline.PtsdPassage, text, StringComparison.Ordinal);
        Assert.Contains("Source: [PTSD: the basics](https://clinic.example.org/articles/ptsd) — What PTSD is", text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.Referral, text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.FullDisclaimer, text, StringComparison.Ordinal);
        Assert.Equal(
            ["Tell me more", "Trauma responses", "Grounding techniques", "I need help now", "👍 Helpful", "👎 Not helpful"],
            Cards.SuggestedTitles(reply));
    }

    [Fact]
    public async Task Tell_me_more_continues_with_the_next_passage_of_the_same_article()
    {
        var harness = new BotHarness();
        await harness.SayAsync("what is ptsd");

        var reply = Assert.Single(await harness.SayAsync("tell me more"));

        var text = Cards.AllText(Cards.CardOf(reply));
        Assert.Contains(FakeAnswerPipeline.PtsdNextPassage, text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.ShortDisclaimer, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tell me more", Cards.SuggestedTitles(reply));
    }

    [Fact]
    public async Task A_crisis_reply_puts_the_resources_first_and_the_crisis_flag_persists()
    {
        var harness = new BotHarness();

        var crisis = Assert.Single(await harness.SayAsync("I want to kill myself"));

        var card = Cards.CardOf(crisis);
        var first = (JObject)card["body"]![0]!;
        Assert.Equal("988 Suicide & Crisis Lifeline", (string?)first["items"]![0]!["text"]);
        Assert.Equal("tel:988", (string?)first["selectAction"]!["url"]);
        Assert.Equal("sms:741741?body=HOME", (string?)card["body"]![1]!["selectAction"]!["url"]);
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline: Call or text 988 (24/7)\n- Crisis Text Line", (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.DoesNotContain("👍 Helpful", Cards.SuggestedTitles(crisis));

        var memory = await harness.StoredMemoryAsync();
        Assert.NotNull(memory);
        Assert.True(memory.CrisisSeen);

        var later = Assert.Single(await harness.SayAsync("what is ptsd"));
        Assert.Contains("I need help now", Cards.SuggestedTitles(later));
    }

    [Fact]
    public async Task A_refusal_keeps_the_disclaimer_and_the_referral()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("how much ketamine should I take"));

        var text = Cards.AllText(Cards.CardOf(reply));
        Assert.Contains("I can't help with doses", text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.Referral, text, StringComparison.Ordinal);
        Assert.Contains(FakeAnswerPipeline.FullDisclaimer, text, StringComparison.Ordinal);
        Assert.Empty(harness.Feedback.Gaps);
    }

    [Fact]
    public async Task An_out_of_scope_question_is_answered_and_recorded_for_staff()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("will it rain tomorrow"));

        Assert.Contains("outside what our articles cover", Cards.AllText(Cards.CardOf(reply)), StringComparison.Ordinal);
        var gap = Assert.Single(harness.Feedback.Gaps);
        Assert.Equal("will it rain tomorrow", gap.Question);
        Assert.Equal("out_of_scope", gap.Reason);
    }

    [Fact]
    public async Task A_low_confidence_answer_is_served_and_recorded_for_staff()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("ptsd and my aunt's garden gnomes"));

        Assert.Contains(FakeAnswerPipeline.PtsdPassage, Cards.AllText(Cards.CardOf(reply)), StringComparison.Ordinal);
        var gap = Assert.Single(harness.Feedback.Gaps);
        Assert.Equal("low_confidence", gap.Reason);
    }

    [Fact]
    public async Task Feedback_from_a_button_is_recorded_with_its_comment_and_thanked()
    {
        var harness = new BotHarness();
        var press = MessageFactory.Text(null);
        press.Value = new JObject { ["feedback"] = "down", ["passageId"] = "ptsd-basics#0", ["comment"] = "too short" };

        var reply = Assert.Single(await harness.SendAsync(press));

        var entry = Assert.Single(harness.Feedback.Feedback);
        Assert.False(entry.Helpful);
        Assert.Equal("ptsd-basics#0", entry.PassageId);
        Assert.Equal("ptsd-basics", entry.ArticleId);
        Assert.Equal("too short", entry.Comment);
        Assert.Contains("Thanks for telling us", reply.Text, StringComparison.Ordinal);
        // The comment is screened for a crisis, and nothing else is asked of the pipeline.
        Assert.Equal(["too short"], harness.Pipeline.Screened);
        Assert.Empty(harness.Pipeline.Received);
    }

    [Fact]
    public async Task A_feedback_passage_id_that_is_not_a_passage_id_is_not_stored_or_logged()
    {
        var harness = new BotHarness();
        var press = MessageFactory.Text(null);
        press.Value = new JObject { ["feedback"] = "up", ["passageId"] = "my name is Jane Doe, call me on 555 0100" };

        await harness.SendAsync(press);

        var entry = Assert.Single(harness.Feedback.Feedback);
        Assert.Null(entry.PassageId);
        Assert.Null(entry.ArticleId);
    }

    [Fact]
    public async Task A_feedback_comment_that_is_a_crisis_gets_the_crisis_reply_and_is_still_recorded()
    {
        var harness = new BotHarness();
        var press = MessageFactory.Text(null);
        press.Value = new JObject { ["feedback"] = "down", ["passageId"] = "ptsd-basics#0", ["comment"] = "none of this helps, I want to kill myself" };

        var reply = Assert.Single(await harness.SendAsync(press));

        Assert.Equal("988 Suicide & Crisis Lifeline", (string?)Cards.CardOf(reply)["body"]![0]!["items"]![0]!["text"]);
        Assert.DoesNotContain("Thanks for telling us", reply.Text, StringComparison.Ordinal);
        Assert.Single(harness.Feedback.Feedback);
        Assert.True((await harness.StoredMemoryAsync())!.CrisisSeen);
    }

    [Fact]
    public async Task A_region_command_with_crisis_words_gets_the_crisis_reply()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("country i want to kill myself"));

        Assert.Equal("988 Suicide & Crisis Lifeline", (string?)Cards.CardOf(reply)["body"]![0]!["items"]![0]!["text"]);
        Assert.DoesNotContain("help resources for", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_over_forgets_the_conversation_but_keeps_help_now_after_a_crisis()
    {
        var harness = new BotHarness();
        await harness.SayAsync("what is ptsd");
        await harness.SayAsync("I want to kill myself");

        var reply = Assert.Single(await harness.SayAsync("Start over"));

        Assert.Contains("cleared this conversation's memory", reply.Text, StringComparison.Ordinal);
        var memory = await harness.StoredMemoryAsync();
        Assert.NotNull(memory);
        Assert.Null(memory.LastPassageId);
        Assert.True(memory.CrisisSeen);
        // The memory was reset, so the notice starts over with the full disclaimer.
        Assert.Contains(FakeAnswerPipeline.FullDisclaimer, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Privacy_explains_what_is_kept_and_for_how_long()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("privacy"));

        Assert.Contains("I don't keep a transcript", reply.Text, StringComparison.Ordinal);
        Assert.Contains("deleted after 90 days", reply.Text, StringComparison.Ordinal);
        Assert.Empty(harness.Pipeline.Received);
    }

    [Fact]
    public async Task The_region_follows_the_locale_until_the_user_chooses_one()
    {
        var harness = new BotHarness();
        var british = MessageFactory.Text("I want to kill myself");
        british.Locale = "en-GB";

        var crisis = Assert.Single(await harness.SendAsync(british));
        Assert.Equal("Samaritans", (string?)Cards.CardOf(crisis)["body"]![0]!["items"]![0]!["text"]);

        var set = Assert.Single(await harness.SayAsync("region US"));
        Assert.Contains("United States", set.Text, StringComparison.Ordinal);
        await harness.SendAsync(british);
        Assert.Equal(["GB", "US"], harness.Pipeline.Regions);
    }

    [Fact]
    public async Task Region_without_a_choice_offers_the_supported_regions()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("region"));

        Assert.Equal(["United States", "United Kingdom", "Canada", "Australia", "Ireland", "I need help now"], Cards.SuggestedTitles(reply));
    }

    [Fact]
    public async Task A_message_over_the_length_limit_gets_a_clear_refusal()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync(new string('a', 5000)));

        Assert.Contains("too long for me to read", reply.Text, StringComparison.Ordinal);
        Assert.Contains("I need help now", Cards.SuggestedTitles(reply));
        Assert.Empty(harness.Feedback.Gaps);
    }

    [Fact]
    public async Task A_crisis_at_the_start_of_an_overlong_message_still_gets_the_crisis_reply()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("I want to kill myself. " + new string('a', 5000)));

        Assert.Equal("988 Suicide & Crisis Lifeline", (string?)Cards.CardOf(reply)["body"]![0]!["items"]![0]!["text"]);
        Assert.True((await harness.StoredMemoryAsync())!.CrisisSeen);
    }

    [Fact]
    public async Task A_crisis_at_the_end_of_an_overlong_message_still_gets_the_crisis_reply()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync(string.Concat(Enumerable.Repeat("My week was long and busy. ", 400)) + "I want to kill myself."));

        Assert.Equal("988 Suicide & Crisis Lifeline", (string?)Cards.CardOf(reply)["body"]![0]!["items"]![0]!["text"]);
        Assert.True((await harness.StoredMemoryAsync())!.CrisisSeen);
    }

    [Fact]
    public async Task An_overlong_message_that_is_not_a_crisis_leaves_no_trace_of_its_screening_in_memory()
    {
        var harness = new BotHarness();

        await harness.SayAsync(new string('a', 5000));

        var memory = await harness.StoredMemoryAsync();
        Assert.Equal(0, memory?.Turns ?? 0);
        Assert.False(memory?.CrisisSeen ?? false);
    }

    [Fact]
    public async Task An_empty_message_gets_a_prompt_and_does_not_reach_the_pipeline()
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync("   "));

        Assert.Contains("What would you like to know", reply.Text, StringComparison.Ordinal);
        Assert.Empty(harness.Pipeline.Received);
    }

    [Theory]
    [InlineData("privacy")]
    [InlineData("start over")]
    [InlineData("region")]
    [InlineData("region GB")]
    [InlineData("region atlantis")]
    [InlineData("   ")]
    public async Task The_bots_own_notices_carry_the_disclaimer_and_the_referral(string message)
    {
        var harness = new BotHarness();

        var reply = Assert.Single(await harness.SayAsync(message));

        Assert.Contains(FakeAnswerPipeline.Referral, reply.Text, StringComparison.Ordinal);
        Assert.Contains("disclaimer", reply.Text, StringComparison.OrdinalIgnoreCase);
    }
}
