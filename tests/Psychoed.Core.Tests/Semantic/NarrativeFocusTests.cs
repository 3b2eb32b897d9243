using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Semantic;

public sealed class NarrativeFocusTests
{
    [Fact]
    public void A_short_message_is_searched_as_typed()
    {
        const string message = "hi, how do I stop worrying all the time?";

        Assert.Equal(message, NarrativeFocus.Focus(message, 40));
    }

    [Fact]
    public void A_long_message_keeps_its_question_and_concern_and_drops_greetings_and_filler()
    {
        var message = string.Join(" ", [
            "Hi everyone.",
            "Thanks for reading.",
            "Last summer we drove to the coast with my cousins and stayed in a small cabin near the harbour for two weeks.",
            "The weather was good and the food in the town was great, and we went sailing almost every morning.",
            "We also visited the old lighthouse and a museum about ships and fishing boats.",
            "Since we came back I feel anxious every night and my heart races when I try to sleep.",
            "How do I calm down enough to fall asleep?",
        ]);

        var focused = NarrativeFocus.Focus(message, 40);

        Assert.Contains("How do I calm down", focused, StringComparison.Ordinal);
        Assert.Contains("I feel anxious", focused, StringComparison.Ordinal);
        Assert.DoesNotContain("Hi everyone", focused, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks for reading", focused, StringComparison.Ordinal);
        Assert.True(focused.Length < message.Length);
    }
}
