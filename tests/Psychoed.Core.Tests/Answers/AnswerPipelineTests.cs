using Psychoed.Core.Answers;
using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Answers;

public sealed class AnswerPipelineTests
{
    [Fact]
    public void A_crisis_reply_shows_the_resources_first_and_alone()
    {
        var search = new FakePassageSearch();
        var reply = Pipelines.Ask("I want to kill myself", search: search);

        Assert.Equal(ReplyKind.Crisis, reply.Kind);
        Assert.Equal(SafetyLevel.Crisis, reply.Safety);
        Assert.Equal(CrisisCategory.Suicide, reply.Category);
        Assert.Contains(reply.Resources, r => r.Name == "988 Suicide & Crisis Lifeline" && r.Contact.Contains("988"));
        Assert.Contains(reply.Resources, r => r.Contact.Contains("741741"));
        Assert.Contains(reply.Resources, r => r.Contact.Contains("911"));
        Assert.Empty(reply.Citations);
        Assert.Equal("", reply.Disclaimer);
        Assert.Equal("suicide.intent", reply.Rule);
        Assert.Equal(0, search.SearchCalls);
        var lines = reply.Text.Split('\n');
        Assert.StartsWith("- 988 Suicide & Crisis Lifeline", lines[0]);
        Assert.Contains("keep talking", reply.Text);
    }

    [Theory]
    [InlineData("my husband hits me", "1-800-799-7233")]
    [InlineData("I was raped", "1-800-656-4673")]
    [InlineData("my dad hits me", "1-800-422-4453")]
    [InlineData("I took too many pills", "1-800-222-1222")]
    public void Each_crisis_category_shows_its_own_line(string text, string number)
    {
        var reply = Pipelines.Ask(text);

        Assert.Equal(ReplyKind.Crisis, reply.Kind);
        Assert.Contains(reply.Resources, r => r.Contact.Contains(number));
        Assert.Contains(number, reply.Text);
    }

    [Fact]
    public void A_crisis_about_a_friend_offers_help_for_the_helper_with_the_same_resources()
    {
        var reply = Pipelines.Ask("my friend says she wants to kill herself");

        Assert.Equal(ReplyKind.Crisis, reply.Kind);
        Assert.Contains("looking out for them", reply.Text);
        Assert.Contains(reply.Resources, r => r.Contact.Contains("988"));
    }

    [Theory]
    [InlineData("GB", "116 123")]
    [InlineData("CA", "9-8-8")]
    [InlineData("AU", "13 11 14")]
    [InlineData("IE", "116 123")]
    [InlineData("UK", "116 123")]
    [InlineData("ZZ", "988")]
    public void The_region_chooses_the_crisis_lines(string region, string number)
    {
        var reply = Pipelines.Ask("i want to die", new ConversationMemory { Region = region });

        Assert.Contains(reply.Resources, r => r.Contact.Contains(number));
    }

    [Fact]
    public void The_conversation_remembers_a_crisis_and_keeps_help_now_visible()
    {
        var pipeline = Pipelines.Create();
        var memory = new ConversationMemory();

        pipeline.Answer("I want to die", memory);
        var later = pipeline.Answer("what are the signs of depression", memory);

        Assert.True(memory.CrisisSeen);
        Assert.True(later.ShowHelpNow);
        Assert.Contains("Need help now?", later.Text);
        Assert.Contains(later.Resources, r => r.Contact.Contains("988"));
    }

    [Fact]
    public void The_first_reply_shows_the_full_disclaimer_and_later_ones_the_short_form()
    {
        var pipeline = Pipelines.Create();
        var memory = new ConversationMemory();

        var first = pipeline.Answer("what are the signs of depression", memory);
        var second = pipeline.Answer("tell me about anxiety", memory);

        Assert.Equal(Pipelines.Catalog.Messages.Get("disclaimer.full"), first.Disclaimer);
        Assert.Equal(Pipelines.Catalog.Messages.Get("disclaimer.short"), second.Disclaimer);
        Assert.EndsWith(second.Disclaimer, second.Text);
        Assert.Contains("not monitored by a person", first.Disclaimer);
    }

    [Fact]
    public void Disclaimers_and_the_clinic_contact_come_from_options()
    {
        var options = new PipelineOptions
        {
            ClinicName = "Riverside Clinic",
            ClinicIntakePhone = "555-0100",
            FullDisclaimer = "Custom full.",
            ShortDisclaimer = "Custom short.",
        };
        var pipeline = Pipelines.Create(options: options);
        var memory = new ConversationMemory();

        var first = pipeline.Answer("how does ketamine work", memory);
        var second = pipeline.Answer("what is ptsd", memory);
        var crisis = pipeline.Answer("kms", memory);

        Assert.Equal("Custom full.", first.Disclaimer);
        Assert.Equal("Custom short.", second.Disclaimer);
        Assert.Contains("Riverside Clinic", first.Referral);
        Assert.Contains("555-0100", first.Referral);
        Assert.Contains(first.Resources, r => r.Name == "Riverside Clinic" && r.Action == "tel:5550100");
        Assert.Contains(crisis.Resources, r => r.Name == "Riverside Clinic");
    }

    [Fact]
    public void An_answer_quotes_the_passage_cites_it_and_refers_by_topic()
    {
        var reply = Pipelines.Ask("what are the risks of ketamine");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(SafetyLevel.None, reply.Safety);
        var citation = Assert.Single(reply.Citations);
        Assert.Equal("ketamine-therapy", citation.ArticleId);
        Assert.Contains("prescriber or a licensed clinic", reply.Referral);
        Assert.Contains("1-800-662-4357", reply.Referral);
        Assert.Contains(reply.Body, reply.Text);
        Assert.Null(reply.Rule);
    }

    [Fact]
    public void A_ptsd_answer_refers_to_a_trauma_focused_therapist()
    {
        var reply = Pipelines.Ask("what is ptsd");

        Assert.Contains("trauma-focused", reply.Referral);
    }

    [Theory]
    [InlineData("I am depressed")]
    [InlineData("I feel hopeless lately")]
    [InlineData("my anxiety is awful")]
    public void Personal_distress_gets_empathy_a_passage_and_a_support_line_with_a_contact(string text)
    {
        var reply = Pipelines.Ask(text);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(SafetyLevel.Support, reply.Safety);
        Assert.False(string.IsNullOrEmpty(reply.Lead));
        Assert.StartsWith(reply.Lead!, reply.Text);
        Assert.Contains("988", reply.Text);
        Assert.NotEmpty(reply.Citations);
    }

    [Fact]
    public void A_negated_crisis_answers_with_a_gentle_resource_line_and_no_takeover()
    {
        var reply = Pipelines.Ask("I'm not suicidal, just exhausted");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(SafetyLevel.Support, reply.Safety);
        Assert.Contains("thoughts of suicide ever come back", reply.Text);
        Assert.DoesNotContain(reply.Resources, r => r.Contact.Contains("911"));
    }

    [Fact]
    public void A_negated_crisis_is_answered_about_what_the_person_does_feel()
    {
        var search = new FakePassageSearch();
        var reply = Pipelines.Ask("I'm not suicidal, just exhausted", search: search);

        Assert.Equal("anxiety-basics", Assert.Single(reply.Citations).ArticleId);
    }

    [Fact]
    public void A_past_attempt_gets_gentle_resources_not_alarm()
    {
        var reply = Pipelines.Ask("I tried to kill myself last year");

        Assert.NotEqual(ReplyKind.Crisis, reply.Kind);
        Assert.Equal(SafetyLevel.Support, reply.Safety);
        Assert.Contains(reply.Resources, r => r.Contact.Contains("988"));
    }

    [Theory]
    [InlineData("how much ketamine should I take", "policy.dosing")]
    [InlineData("where can I buy shrooms", "policy.sourcing")]
    [InlineData("can I mix MDMA with my antidepressants", "policy.combining")]
    [InlineData("is it safe to combine ketamine and alcohol", "policy.combining")]
    [InlineData("can I stop taking my sertraline", "policy.stopping")]
    [InlineData("how do i microdose psilocybin", "policy.dosing")]
    public void Drug_questions_get_a_kind_refusal_with_safety_information_and_a_referral(string text, string rule)
    {
        var reply = Pipelines.Ask(text);

        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal(rule, reply.Rule);
        Assert.StartsWith("I can't", reply.Body);
        Assert.False(string.IsNullOrEmpty(reply.Referral));
        Assert.False(string.IsNullOrEmpty(reply.Disclaimer));
    }

    [Fact]
    public void A_combining_refusal_shows_poison_control_for_urgent_cases()
    {
        var reply = Pipelines.Ask("can I mix MDMA with my antidepressants");

        Assert.Contains(reply.Resources, r => r.Contact.Contains("1-800-222-1222"));
    }

    [Theory]
    [InlineData("do I have PTSD?")]
    [InlineData("am I depressed")]
    [InlineData("can you diagnose me")]
    public void A_diagnosis_request_gets_no_diagnosis_but_what_the_articles_say_and_a_referral(string text)
    {
        var reply = Pipelines.Ask(text);

        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal("policy.diagnosis", reply.Rule);
        Assert.Contains("only a qualified clinician", reply.Text);
        Assert.False(string.IsNullOrEmpty(reply.Referral));
    }

    [Fact]
    public void A_ptsd_diagnosis_request_quotes_the_ptsd_article_and_refers_to_a_trauma_therapist()
    {
        var reply = Pipelines.Ask("do I have PTSD?");

        Assert.Contains(reply.Citations, c => c.ArticleId == "ptsd-overview");
        Assert.Contains("trauma-focused", reply.Referral);
    }

    [Theory]
    [InlineData("my head hurts")]
    [InlineData("I have a rash on my arm")]
    public void A_physical_complaint_is_out_of_scope_and_refers_to_a_gp(string text)
    {
        var reply = Pipelines.Ask(text);

        Assert.Equal(ReplyKind.OutOfScope, reply.Kind);
        Assert.Contains("GP or doctor", reply.Referral);
        Assert.NotEmpty(reply.Suggestions);
    }

    [Fact]
    public void A_question_the_articles_do_not_cover_is_out_of_scope_with_topic_suggestions()
    {
        var reply = Pipelines.Ask("what's the weather in Paris tomorrow");

        Assert.Equal(ReplyKind.OutOfScope, reply.Kind);
        Assert.Contains("outside what my articles cover", reply.Text);
        Assert.NotEmpty(reply.Suggestions);
        Assert.Contains("1-800-662-4357", reply.Referral);
    }

    [Theory]
    [InlineData("hi", "Hello")]
    [InlineData("Hello there!", "Hello")]
    [InlineData("thanks!", "welcome")]
    [InlineData("who are you?", "computer program")]
    [InlineData("help", "own words")]
    [InlineData("what can you do", "own words")]
    [InlineData("are you depressed?", "computer program")]
    [InlineData("topics", "topics I can tell you about")]
    [InlineData("bye", "Take care")]
    [InlineData("that was helpful", "Thank you for letting me know")]
    [InlineData("thanks, that breathing tip was a lifesaver", "welcome")]
    [InlineData("good morning! just killing time before my shift", "Hello")]
    public void Small_talk_gets_a_short_reply(string text, string expected)
    {
        var reply = Pipelines.Ask(text);

        Assert.Equal(ReplyKind.SmallTalk, reply.Kind);
        Assert.Contains(expected, reply.Body);
        Assert.False(string.IsNullOrEmpty(reply.Disclaimer));
        Assert.False(string.IsNullOrEmpty(reply.Referral));
    }

    [Fact]
    public void Tell_me_more_shows_the_next_passage_of_the_same_article_then_says_when_it_ends()
    {
        var pipeline = Pipelines.Create();
        var memory = new ConversationMemory();

        var first = pipeline.Answer("what are the signs of depression", memory);
        var more = pipeline.Answer("tell me more", memory);
        var end = pipeline.Answer("tell me more", memory);

        Assert.True(first.CanTellMore);
        Assert.Equal("depression-signs#1", more.PassageId);
        Assert.Equal(ReplyKind.Answer, more.Kind);
        Assert.Equal(ReplyKind.SmallTalk, end.Kind);
        Assert.Contains("everything that article says", end.Body);
    }

    [Fact]
    public void Tell_me_more_before_any_question_asks_for_one()
    {
        Assert.Contains("Ask me a question first", Pipelines.Ask("tell me more").Body);
    }

    [Fact]
    public void Start_over_forgets_the_passage_but_not_the_crisis()
    {
        var pipeline = Pipelines.Create();
        var memory = new ConversationMemory();
        pipeline.Answer("kms", memory);
        pipeline.Answer("what are the signs of depression", memory);

        pipeline.Answer("start over", memory);

        Assert.Null(memory.LastPassageId);
        Assert.True(memory.CrisisSeen);
    }

    [Fact]
    public void I_need_help_now_shows_crisis_resources()
    {
        var reply = Pipelines.Ask("I need help now");

        Assert.Equal(ReplyKind.Crisis, reply.Kind);
        Assert.Null(reply.Category);
        Assert.Contains(reply.Resources, r => r.Contact.Contains("988"));
    }

    [Fact]
    public void A_broken_search_still_gets_a_safe_reply_that_is_an_error_not_a_content_gap()
    {
        var reply = Pipelines.Ask("what are the signs of depression", search: new FakePassageSearch { Throw = true });

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.False(string.IsNullOrEmpty(reply.Referral));
    }

    [Fact]
    public void A_search_that_is_not_ready_says_so_and_still_screens_for_crisis()
    {
        var search = new FakePassageSearch(ready: false);

        Assert.Contains("can't look through the articles", Pipelines.Ask("what is anxiety", search: search).Body);
        Assert.Equal(ReplyKind.Crisis, Pipelines.Ask("i want to die", search: search).Kind);
    }

    [Fact]
    public async Task The_async_entry_point_answers_and_counts_turns()
    {
        var memory = new ConversationMemory();

        var reply = await Pipelines.Create().AnswerAsync("hi", memory);

        Assert.Equal(ReplyKind.SmallTalk, reply.Kind);
        Assert.Equal(1, memory.Turns);
    }
}
