using Psychoed.Core.Answers;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Answers;

public sealed class NoticeTests
{
    [Fact]
    public void A_channel_notice_gets_the_full_disclaimer_first_and_a_referral_with_a_contact()
    {
        var pipeline = Pipelines.Create();
        var memory = new ConversationMemory();

        var first = pipeline.Notice("I've cleared this conversation.", memory);
        var second = pipeline.Notice("Thanks for the feedback.", memory);

        Assert.Equal(ReplyKind.SmallTalk, first.Kind);
        Assert.StartsWith("I've cleared this conversation.", first.Text, StringComparison.Ordinal);
        Assert.NotEmpty(first.Disclaimer);
        Assert.Contains(first.Disclaimer, first.Text, StringComparison.Ordinal);
        Assert.NotEmpty(first.Referral);
        Assert.Contains(first.Resources, r => r.Contact.Length > 0);
        Assert.True(second.Disclaimer.Length < first.Disclaimer.Length, "later notices use the short disclaimer");
    }

    [Fact]
    public void A_notice_after_a_crisis_keeps_help_now_visible()
    {
        var pipeline = Pipelines.Create();
        var memory = new ConversationMemory();
        pipeline.Answer("i want to kill myself", memory);

        var notice = pipeline.Notice("Your region is now the United Kingdom.", memory);

        Assert.True(notice.ShowHelpNow);
    }
}
