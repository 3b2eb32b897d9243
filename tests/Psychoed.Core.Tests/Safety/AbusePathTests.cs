using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>
/// Current abuse takes the abuse path (crisis with the region's abuse lines); abuse in the past or as
/// background is support whose <see cref="SafetyDecision.Category"/> still names abuse, so the reply
/// shows the abuse line rather than a general one.
/// </summary>
public sealed class AbusePathTests
{
    [Theory]
    [InlineData("someone is abusing me", "abuse")]
    [InlineData("my partner hits me when he drinks", "abuse")]
    [InlineData("he controls my money and my phone", "abuse")]
    [InlineData("my boyfriend won't let me see my friends or go out", "abuse")]
    [InlineData("my wife checks my messages and tracks my location", "abuse")]
    [InlineData("she threatened to take the kids if i ever leave", "abuse")]
    [InlineData("i'm scared of what he will do when he gets home", "abuse")]
    [InlineData("my stepdad hits me and i'm 14", "child_abuse")]
    [InlineData("my uncle touches me and says it's our secret", "child_abuse")]
    [InlineData("a guy at the party forced himself on me last night", "sexual_assault")]
    public void A_current_disclosure_takes_the_path_of_its_category(string text, string category)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Crisis, $"'{text}' was {decision.Level} ({decision.Rule})");
        Assert.Equal(category, decision.Category.ToName());
    }

    [Theory]
    [InlineData("i left an abusive relationship two years ago and still jump at loud noises")]
    [InlineData("how do i stop feeling guilty about getting a restraining order")]
    [InlineData("my ex was emotionally abusive and i keep second guessing myself")]
    [InlineData("i was abused as a kid and i think it still affects me")]
    [InlineData("is it normal to miss your abuser")]
    public void Past_or_background_abuse_is_support_that_names_the_abuse_category(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Support, $"'{text}' was {decision.Level} ({decision.Rule})");
        Assert.True(decision.Category is CrisisCategory.Abuse or CrisisCategory.ChildAbuse or CrisisCategory.SexualAssault, $"category {decision.Category}");
    }

    [Fact]
    public void A_support_reply_for_past_abuse_shows_the_regions_domestic_violence_line()
    {
        var reply = Pipelines.Ask("i left an abusive relationship last year and i still have nightmares");

        Assert.Contains(reply.Resources, r => r.Contact.Contains("1-800-799-7233", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what is substance abuse")]
    [InlineData("my phone plan controls how much data i use")]
    [InlineData("my mom took my phone because i failed a test")]
    public void Ordinary_messages_with_abuse_words_are_not_the_abuse_path(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Category is not CrisisCategory.Abuse, $"'{text}' was {decision.Level} ({decision.Rule})");
    }
}
