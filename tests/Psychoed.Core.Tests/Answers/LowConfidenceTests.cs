using Psychoed.Core.Answers;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Answers;

public sealed class LowConfidenceTests
{
    [Fact]
    public void A_low_confidence_search_result_marks_the_answer_for_staff_review()
    {
        var search = new FakePassageSearch { LowConfidence = true };
        var confident = Pipelines.Ask("what is ptsd");

        var weak = Pipelines.Ask("what is ptsd", search: search);

        Assert.Equal(ReplyKind.Answer, weak.Kind);
        Assert.True(weak.LowConfidence);
        Assert.False(confident.LowConfidence);
    }
}
