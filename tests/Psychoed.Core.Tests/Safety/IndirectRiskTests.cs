using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>Indirect warning signs: plans, dates and preparation are crises; burden, hopelessness and passive wishes are support with risk markers.</summary>
public sealed class IndirectRiskTests
{
    public static TheoryData<string, string> Crises => new()
    {
        { "im going to take all my pills tonight", RiskMarkers.Plan },
        { "i've been saving up my sleeping pills for a while now", RiskMarkers.Preparation },
        { "i have enough pills to not wake up", RiskMarkers.Plan },
        { "picked the date. saturday. nobody will have to deal with me after that, i'm done with it all and ready to die", RiskMarkers.Preparation },
        { "bought a rope today. i just want the pain to end and not be here", RiskMarkers.Preparation },
        { "i wrote letters for my family and made a will. soon i won't be here", RiskMarkers.Preparation },
        { "found a new home for my cat so she is looked after when i'm gone. goodbye", RiskMarkers.Preparation },
        { "tonight is the night. i've said my goodbyes", RiskMarkers.Preparation },
        { "doing it tonight when everyone is asleep. the pain will stop", RiskMarkers.Preparation },
        { "i won't be a problem for you much longer", RiskMarkers.Finality },
        { "soon it will all be over", RiskMarkers.Finality },
        { "you won't have to worry about me anymore after tonight", RiskMarkers.Finality },
        { "this is my last night alive", RiskMarkers.Plan },
        { "i'm not suicidal right now but that could change", RiskMarkers.Ambivalence },
        { "i haven't done it yet but i think about killing myself every day", RiskMarkers.Ambivalence },
        { "part of me still wants to die", RiskMarkers.Ambivalence },
        { "idk if i want to stay alive", RiskMarkers.Ambivalence },
        { "gonna yeet myself off the roof", RiskMarkers.Plan },
    };

    public static TheoryData<string, string> SupportWithMarkers => new()
    {
        { "i feel like such a burden to everyone", RiskMarkers.Burdensomeness },
        { "my family would be happier without me around", RiskMarkers.Burdensomeness },
        { "i just ruin everything for everyone", RiskMarkers.Burdensomeness },
        { "nothing is ever going to get better", RiskMarkers.Hopelessness },
        { "i can't see any future for myself", RiskMarkers.Hopelessness },
        { "i've given up on everything", RiskMarkers.Hopelessness },
        { "honestly what's the point anymore", RiskMarkers.Hopelessness },
        { "so tired of fighting all the time", RiskMarkers.Hopelessness },
        { "i dont really care if i wake up tomorrow", RiskMarkers.PassiveIdeation },
        { "it would be easier if i just wasn't here", RiskMarkers.PassiveIdeation },
        { "i wish i could just disappear", RiskMarkers.PassiveIdeation },
        { "sometimes i hope a car hits me", RiskMarkers.PassiveIdeation },
        { "i wish i had never been born", RiskMarkers.PassiveIdeation },
        { "im so done with life", RiskMarkers.PassiveIdeation },
    };

    [Theory]
    [MemberData(nameof(Crises))]
    public void Plans_timelines_preparation_and_goodbyes_are_a_suicide_crisis_with_their_marker(string text, string marker)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Crisis, $"'{text}' was {decision.Level} ({decision.Rule})");
        Assert.Equal(CrisisCategory.Suicide, decision.Category);
        Assert.Contains(marker, decision.RiskMarkers);
        Assert.False(string.IsNullOrEmpty(decision.Rule));
    }

    [Theory]
    [MemberData(nameof(SupportWithMarkers))]
    public void Burden_hopelessness_and_passive_wishes_are_support_that_carries_a_risk_marker(string text, string marker)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Support, $"'{text}' was {decision.Level} ({decision.Rule})");
        Assert.True(decision.HasRiskMarkers);
        Assert.Contains(marker, decision.RiskMarkers);
        Assert.StartsWith("risk.", decision.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("i have a plan for the weekend with my friends")]
    [InlineData("we picked the date for the wedding, it's in june")]
    [InlineData("i made a will after my daughter was born, is that normal to feel anxious about")]
    [InlineData("i forgot to take all my meds this morning")]
    [InlineData("i'm doing it tonight, the presentation i mean, wish me luck")]
    [InlineData("my plans might change next week")]
    [InlineData("i'm giving away my old clothes to charity")]
    [InlineData("thanks for everything, bye!")]
    public void Ordinary_plans_dates_and_goodbyes_are_not_a_crisis(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level != SafetyLevel.Crisis, $"'{text}' was a crisis ({decision.Rule})");
    }

    [Fact]
    public void A_crisis_still_collects_the_markers_of_other_rules_that_match()
    {
        var decision = Pipelines.Screen.Screen("i'm such a burden. i'm going to take all my pills tonight");

        Assert.Equal(SafetyLevel.Crisis, decision.Level);
        Assert.Contains(RiskMarkers.Burdensomeness, decision.RiskMarkers);
        Assert.Contains(RiskMarkers.Plan, decision.RiskMarkers);
    }

    [Theory]
    [InlineData("i'm not suicidal")]
    [InlineData("my friend feels like a burden to everyone")]
    [InlineData("what is anxiety")]
    public void Negated_third_person_and_ordinary_messages_carry_no_risk_markers(string text)
    {
        Assert.False(Pipelines.Screen.Screen(text).HasRiskMarkers);
    }
}
