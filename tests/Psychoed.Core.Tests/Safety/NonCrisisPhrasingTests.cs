using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>False friends, negations, the past and ordinary questions must not take over the conversation.</summary>
public sealed class NonCrisisPhrasingTests
{
    [Theory]
    [InlineData("this commute is killing me")]
    [InlineData("I'd die for a coffee")]
    [InlineData("the movie was a bloodbath")]
    [InlineData("killing it at the gym today")]
    [InlineData("my feet are killing me")]
    [InlineData("I'm dying to see that show")]
    [InlineData("I was bored to death in that meeting")]
    [InlineData("lol i'm dead")]
    [InlineData("I nearly died laughing")]
    [InlineData("this pizza is to die for")]
    [InlineData("my phone is dying")]
    [InlineData("my mom is going to kill me when she sees my grades")]
    [InlineData("you gave me a heart attack")]
    [InlineData("i need to kill some time before my appointment")]
    [InlineData("I'm cutting myself some slack this week")]
    [InlineData("my brother always beats me at chess")]
    [InlineData("he hits me up every weekend")]
    [InlineData("shoot me a message later")]
    [InlineData("this weather is killing me")]
    [InlineData("What are the signs of depression?")]
    [InlineData("how does ketamine therapy work")]
    [InlineData("what are the warning signs of suicide")]
    [InlineData("how can I help a friend who is struggling")]
    [InlineData("what is a safety plan")]
    [InlineData("is self-harm a sign of depression")]
    [InlineData("why do panic attacks feel like you can't breathe")]
    [InlineData("can anxiety cause chest pain")]
    [InlineData("I have intrusive thoughts about hurting my baby and it scares me")]
    [InlineData("hello")]
    [InlineData("")]
    [InlineData("     ")]
    [InlineData("!!!???")]
    public void Everyday_language_is_not_a_crisis(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level != SafetyLevel.Crisis, $"'{text}' was a crisis ({decision.Rule})");
    }

    [Theory]
    [InlineData("I'm not suicidal, just exhausted", "suicide")]
    [InlineData("i would never kill myself", "suicide")]
    [InlineData("I don't want to die, I just want to sleep", "suicide")]
    [InlineData("I'm not going to hurt myself", "self_harm")]
    [InlineData("i have no plans to kill myself", "suicide")]
    public void A_negated_crisis_gets_support_not_a_takeover(string text, string category)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.Equal(SafetyLevel.Support, decision.Level);
        Assert.True(decision.Negated);
        Assert.Equal(category, decision.Category.ToName());
    }

    [Theory]
    [InlineData("I tried to kill myself last year", "suicide")]
    [InlineData("I attempted suicide years ago and I'm doing better now", "suicide")]
    [InlineData("i used to self harm when i was a teenager", "self_harm")]
    [InlineData("I was abused as a child", "child_abuse")]
    [InlineData("my friend tried to kill herself a few years ago", "suicide")]
    public void A_crisis_in_the_distant_past_gets_gentle_support(string text, string category)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.Equal(SafetyLevel.Support, decision.Level);
        Assert.True(decision.Past);
        Assert.Equal(category, decision.Category.ToName());
    }

    [Theory]
    [InlineData("I am depressed")]
    [InlineData("I feel hopeless lately")]
    [InlineData("my anxiety is awful")]
    [InlineData("i feel so alone")]
    [InlineData("I hate myself")]
    [InlineData("i'm having a panic attack")]
    [InlineData("i hear voices")]
    [InlineData("I'm struggling")]
    [InlineData("i feel sooooo depressed")]
    public void Personal_distress_is_support_without_a_category(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.Equal(SafetyLevel.Support, decision.Level);
        Assert.Null(decision.Category);
        Assert.StartsWith("distress.", decision.Rule);
    }

    [Theory]
    [InlineData("my friend is depressed")]
    [InlineData("I'm not depressed, just tired")]
    [InlineData("what is depression")]
    public void Distress_about_others_or_denied_is_not_support(string text)
    {
        Assert.Equal(SafetyLevel.None, Pipelines.Screen.Screen(text).Level);
    }
}
