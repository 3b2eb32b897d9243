using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>Everyday distress and hyperbole are never a crisis; distress is still support.</summary>
public sealed class FalseCrisisTests
{
    [Theory]
    [InlineData("i've been feeling empty for weeks")]
    [InlineData("i feel so hurt by my parents")]
    [InlineData("my parents hurt me with what they said")]
    [InlineData("something tells me to just give up on this job")]
    [InlineData("this homework is killing me")]
    [InlineData("i want to die of embarrassment")]
    [InlineData("lol i'm dead, that meme")]
    [InlineData("my boss is going to kill me if i'm late again")]
    public void Everyday_distress_and_hyperbole_are_not_a_crisis(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level != SafetyLevel.Crisis, $"'{text}' was a crisis ({decision.Rule})");
    }

    [Theory]
    [InlineData("i've been feeling empty for weeks")]
    [InlineData("i feel so hurt by my parents")]
    [InlineData("exhausted and i just need someone to listen")]
    public void Everyday_distress_is_support(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Support, $"'{text}' was {decision.Level} ({decision.Rule})");
    }
}
