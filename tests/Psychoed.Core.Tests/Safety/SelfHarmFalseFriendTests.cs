using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

public sealed class SelfHarmFalseFriendTests
{
    [Theory]
    [InlineData("i want to cut back on drinking")]
    [InlineData("i need to cut down on sugar and caffeine")]
    [InlineData("how do i stop punishing myself for something i said years ago")]
    public void Cutting_an_amount_or_ending_self_blame_is_not_a_self_harm_crisis(string text)
    {
        var decision = Pipelines.Screen.Screen(Pipelines.Catalog.Normalizer.Normalize(text));

        Assert.NotEqual(SafetyLevel.Crisis, decision.Level);
    }

    [Theory]
    [InlineData("i need to cut down my drinking and i want to cut myself")]
    [InlineData("i want to stop punishing myself and i want to cut")]
    [InlineData("i have the urge to cut")]
    public void A_self_harm_urge_beside_a_false_friend_is_still_a_crisis(string text)
    {
        var decision = Pipelines.Screen.Screen(Pipelines.Catalog.Normalizer.Normalize(text));

        Assert.Equal(SafetyLevel.Crisis, decision.Level);
        Assert.Equal(CrisisCategory.SelfHarm, decision.Category);
    }
}
