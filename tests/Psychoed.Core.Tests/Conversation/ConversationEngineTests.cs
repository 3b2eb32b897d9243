using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;
using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Conversation;

public sealed class ConversationEngineTests
{
    private static ConversationEngine Engine(FakePassageSearch? search = null, ConversationOptions? options = null) =>
        new(Pipelines.Create(search), options ?? new ConversationOptions { MaxMessageLength = 200 });

    private static TurnResult Say(ConversationEngine engine, string text, ConversationMemory memory, string? locale = null) =>
        engine.Respond(new TurnInput(text, Locale: locale), memory);

    [Fact]
    public void A_crisis_at_the_end_of_an_overlong_message_gets_the_crisis_reply()
    {
        var memory = new ConversationMemory();
        var text = string.Concat(Enumerable.Repeat("I have been thinking about my week and my work. ", 40)) + "I want to kill myself tonight.";

        var reply = Say(Engine(), text, memory).Reply;

        Assert.Equal(ReplyKind.Crisis, reply.Kind);
        Assert.StartsWith("- 988", reply.Text, StringComparison.Ordinal);
        Assert.True(memory.CrisisSeen);
    }

    [Fact]
    public void An_overlong_message_without_a_crisis_gets_a_polite_limit_with_disclaimer_and_referral()
    {
        var reply = Say(Engine(), new string('a', 50) + string.Concat(Enumerable.Repeat(" my week was long", 20)), new ConversationMemory()).Reply;

        Assert.Equal(ReplyKind.SmallTalk, reply.Kind);
        Assert.Contains("too long", reply.Text, StringComparison.Ordinal);
        Assert.Contains("200", reply.Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reply.Disclaimer));
        Assert.False(string.IsNullOrEmpty(reply.Referral));
    }

    [Fact]
    public void Start_over_has_one_meaning_whether_typed_as_a_command_or_said_in_other_words()
    {
        var engine = Engine();
        foreach (var words in new[] { "start over", "can we start over" })
        {
            var memory = new ConversationMemory { LastPassageId = "a#1", FullDisclaimerShown = true, CrisisSeen = true, ChosenRegion = "GB" };

            var reply = Say(engine, words, memory).Reply;

            Assert.Contains("cleared this conversation's memory", reply.Text, StringComparison.Ordinal);
            Assert.Null(memory.LastPassageId);
            Assert.True(memory.CrisisSeen);
            Assert.Equal("GB", memory.ChosenRegion);
        }
    }

    [Fact]
    public void Feedback_becomes_an_event_and_a_thank_you()
    {
        var value = """{"feedback":"up","passageId":"depression-signs#2","comment":"clear and kind"}""";

        var turn = Engine().Respond(new TurnInput(null, value), new ConversationMemory());

        var given = Assert.IsType<FeedbackGiven>(Assert.Single(turn.Events));
        Assert.Equal(new FeedbackGiven(true, "depression-signs#2", "clear and kind"), given);
        Assert.Contains("Thanks for letting us know", turn.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crisis_in_a_feedback_comment_is_answered_and_its_text_is_not_kept()
    {
        var value = """{"feedback":"down","passageId":"depression-signs#2","comment":"nothing helps, i want to kill myself"}""";

        var turn = Engine().Respond(new TurnInput(null, value), new ConversationMemory());

        Assert.Equal(ReplyKind.Crisis, turn.Reply.Kind);
        Assert.Null(Assert.IsType<FeedbackGiven>(Assert.Single(turn.Events)).Comment);
    }

    [Fact]
    public void A_question_the_articles_do_not_cover_is_an_unanswered_question_event()
    {
        var turn = Say(Engine(), "what is the capital of peru", new ConversationMemory());

        Assert.Equal(ReplyKind.OutOfScope, turn.Reply.Kind);
        Assert.Equal(new QuestionUnanswered("what is the capital of peru", "out_of_scope"), Assert.Single(turn.Events));
    }

    [Fact]
    public void A_broken_search_is_an_error_reply_never_a_content_gap()
    {
        var turn = Say(Engine(new FakePassageSearch { Throw = true }), "what are the signs of depression", new ConversationMemory());

        Assert.Equal(ReplyKind.Error, turn.Reply.Kind);
        Assert.Empty(turn.Events);
        Assert.False(string.IsNullOrEmpty(turn.Reply.Disclaimer));
    }

    [Fact]
    public void The_region_follows_the_locale_until_the_user_chooses_one()
    {
        var engine = Engine();
        var memory = new ConversationMemory();

        var british = Say(engine, "i want to kill myself", memory, locale: "en-GB").Reply;
        var set = Say(engine, "region ireland", memory, locale: "en-GB").Reply;
        var after = Say(engine, "i want to kill myself", memory, locale: "en-GB").Reply;

        Assert.Contains(british.Resources, r => r.Name.Contains("Samaritans", StringComparison.Ordinal));
        Assert.Contains("Ireland", set.Text, StringComparison.Ordinal);
        Assert.Equal("IE", memory.ChosenRegion);
        Assert.NotEqual(british.Text, after.Text);
    }

    [Fact]
    public void A_region_command_offers_the_regions_as_choices_and_free_text_in_it_is_screened()
    {
        var engine = Engine();

        var choose = Say(engine, "region", new ConversationMemory()).Reply;
        var crisis = Say(engine, "country i want to die", new ConversationMemory()).Reply;

        Assert.Equal(["United States", "United Kingdom", "Canada", "Australia", "Ireland"], choose.Choices.Select(c => c.Title));
        Assert.Equal(ReplyKind.Crisis, crisis.Kind);
    }

    [Fact]
    public void The_welcome_shows_help_now_contacts_the_full_disclaimer_and_topics_without_marking_a_crisis()
    {
        var memory = new ConversationMemory();

        var welcome = Engine(options: new ConversationOptions { ClinicName = "Riverside Clinic" }).Welcome(memory, "en-US");

        Assert.StartsWith("Hi, I'm Psychoed, Riverside Clinic's information assistant.", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("988", welcome.Text, StringComparison.Ordinal);
        Assert.Contains(SafetyCatalogLoader.BuiltIn.Messages.Get("disclaimer.full"), welcome.Text, StringComparison.Ordinal);
        Assert.NotEmpty(welcome.Suggestions);
        Assert.False(memory.CrisisSeen);
    }

    [Fact]
    public void A_button_that_says_text_is_answered_like_typed_text()
    {
        var turn = Engine().Respond(new TurnInput(null, """{"psychoed":"say","text":"I need help now"}"""), new ConversationMemory());

        Assert.Equal(ReplyKind.Crisis, turn.Reply.Kind);
    }
}
