using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Conversation;

public sealed class RiskThatStaysTests
{
    private static readonly ConversationEngine Engine = new(Pipelines.Create());

    private static Reply Say(string text, ConversationMemory memory) => Engine.Respond(new TurnInput(text), memory).Reply;

    [Fact]
    public void After_risk_is_disclosed_every_later_reply_keeps_the_crisis_contacts_until_the_person_starts_over()
    {
        var memory = new ConversationMemory();

        var disclosed = Say("i feel like such a burden to everyone lately", memory);
        Assert.Contains("Are you having thoughts of suicide?", disclosed.Text, StringComparison.Ordinal);
        Assert.Contains(disclosed.Resources, r => r.Contact.Contains("988", StringComparison.Ordinal));

        foreach (var later in new[] { "ok", "what is cbt", "thanks", "the weather is nice", "tell me more" })
        {
            var reply = Say(later, memory);
            Assert.True(reply.ShowHelpNow, later);
            Assert.Contains("Need help now? 988", reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Someone_who_will_not_call_after_a_crisis_is_offered_text_and_chat_and_told_plainly_what_this_chat_is()
    {
        var memory = new ConversationMemory();
        Say("i want to kill myself", memory);

        var reply = Say("i dont want to call anyone", memory);

        Assert.Equal(ReplyKind.SmallTalk, reply.Kind);
        Assert.Contains("741741", reply.Text, StringComparison.Ordinal);
        Assert.Contains("no person reads it", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("confidential between us", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_disclosure_a_sentence_about_calling_is_not_read_as_refusing_help()
    {
        var reply = Say("i dont want to call anyone", new ConversationMemory());

        Assert.NotEqual("intent.no_calls", reply.Rule);
    }

    [Fact]
    public void Distress_with_no_fitting_article_gets_a_listening_reply_and_support_never_out_of_scope()
    {
        var reply = Say("im just so exhausted and tired of everything and nobody listens", new ConversationMemory());

        Assert.NotEqual(ReplyKind.OutOfScope, reply.Kind);
        Assert.NotEmpty(reply.Resources);
    }

    [Fact]
    public void A_question_about_a_painless_way_to_die_gets_crisis_help_with_means_safety_and_no_facts()
    {
        var reply = Say("what is the most painless way to go", new ConversationMemory());

        Assert.Equal(ReplyKind.Crisis, reply.Kind);
        Assert.StartsWith("- ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("distance from anything you could use to hurt yourself", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Citations);
    }
}
