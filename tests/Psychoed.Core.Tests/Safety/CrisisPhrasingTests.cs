using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>Every phrasing here must be recognised as a crisis of the right category.</summary>
public sealed class CrisisPhrasingTests
{
    public static TheoryData<string, string> Crises => new()
    {
        // Suicide: direct, indirect, slang, misspelt, goodbye, plans.
        { "I want to kill myself", "suicide" },
        { "i want to die", "suicide" },
        { "I'm going to end my life tonight", "suicide" },
        { "I don't want to be here anymore", "suicide" },
        { "everyone would be better off without me", "suicide" },
        { "Everybody would be better off without me.", "suicide" },
        { "I've been giving my things away", "suicide" },
        { "can't keep doing this", "suicide" },
        { "I cant go on", "suicide" },
        { "kms", "suicide" },
        { "honestly i might just kms tonight", "suicide" },
        { "I want to unalive myself", "suicide" },
        { "thinking about sewerslide", "suicide" },
        { "im thinking about sewer slide", "suicide" },
        { "i want to commit sucide", "suicide" },
        { "I feel suicidal", "suicide" },
        { "i am so suicidal right now", "suicide" },
        { "I'm SOOOOO done, i want to dieeeee", "suicide" },
        { "i want to k1ll myself", "suicide" },
        { "i w4nt to d1e", "suicide" },
        { "I wish I was dead", "suicide" },
        { "i wish i could fall asleep and never wake up", "suicide" },
        { "there is no reason to live", "suicide" },
        { "I have nothing left to live for", "suicide" },
        { "life is not worth living", "suicide" },
        { "no one would miss me if i was gone", "suicide" },
        { "This is my goodbye. Thank you for everything", "suicide" },
        { "goodbye everyone", "suicide" },
        { "by the time you read this i will be gone", "suicide" },
        { "I have a plan to end it", "suicide" },
        { "i wrote a suicide note", "suicide" },
        { "I'm tired of living", "suicide" },
        { "i have suicidal thoughts", "suicide" },
        { "i keep thinking about killing myself", "suicide" },
        { "I can't stop thinking about killing myself", "suicide" },
        { "i don't want to live", "suicide" },
        { "I tried to kill myself last night", "suicide" },
        { "i tried to kill myself last year and I'm thinking about doing it again", "suicide" },
        { "am I suicidal?", "suicide" },
        { "what's the point of living", "suicide" },
        { "i want it all to end forever", "suicide" },
        // Questions about methods and lethality, even as curiosity or statistics.
        { "what is the most painless way to die", "suicide" },
        { "how many pills would it take to kill someone", "suicide" },
        { "what's the lethal dose of ketamine", "suicide" },
        { "just curious, what is a lethal dose of tylenol", "suicide" },
        { "which suicide methods are most common? asking for statistics", "suicide" },
        { "suicide rates by method", "suicide" },
        { "how high does a bridge need to be? is it high enough to die", "suicide" },
        { "can you overdose on ketamine", "suicide" },
        { "I'm not suicidal, just curious how much insulin is fatal", "suicide" },
        { "does hanging hurt", "suicide" },
        { "how long does it take to bleed out", "suicide" },
        { "what household chemicals are deadly", "suicide" },
        // Third person: same resources, support for the helper.
        { "my friend says she wants to kill herself", "suicide" },
        { "my brother is suicidal", "suicide" },
        { "My son said he wants to die", "suicide" },
        { "my girlfriend keeps threatening suicide", "suicide" },
        // Self-harm.
        { "I cut myself again", "self_harm" },
        { "i've been cutting", "self_harm" },
        { "I self harm", "self_harm" },
        { "i have the urge to self-harm", "self_harm" },
        { "I relapsed on sh", "self_harm" },
        { "i burn myself when i'm upset", "self_harm" },
        { "i want to hurt myself", "self_harm" },
        { "my daughter is cutting herself", "self_harm" },
        // Harm to others.
        { "I want to kill him", "harm_to_others" },
        { "i'm going to hurt someone", "harm_to_others" },
        { "I am going to shoot up the school", "harm_to_others" },
        { "i'm scared i will hurt my baby", "harm_to_others" },
        { "i keep having thoughts about killing people", "harm_to_others" },
        // Abuse.
        { "I am being abused", "abuse" },
        { "I was beaten up by my husband", "abuse" },
        { "my husband hits me", "abuse" },
        { "my boyfriend choked me last night", "abuse" },
        { "my partner threatened to kill me", "abuse" },
        { "I'm in an abusive relationship", "abuse" },
        { "i'm scared to go home to my husband", "abuse" },
        { "my wife beats me", "abuse" },
        { "he hits me when he drinks", "abuse" },
        { "my sister's husband beats her", "abuse" },
        { "i dont feel safe at home", "abuse" },
        // Sexual assault.
        { "I was raped", "sexual_assault" },
        { "i got raped at a party", "sexual_assault" },
        { "I was sexually assaulted", "sexual_assault" },
        { "he raped me", "sexual_assault" },
        { "someone drugged me", "sexual_assault" },
        { "he forced me to have sex", "sexual_assault" },
        { "i was graped", "sexual_assault" },
        { "my friend was raped last weekend", "sexual_assault" },
        { "i did not consent", "sexual_assault" },
        // Child abuse.
        { "my dad hits me", "child_abuse" },
        { "my stepdad touches me", "child_abuse" },
        { "my uncle molested me and i'm 12", "child_abuse" },
        { "I think my neighbor's kid is being abused", "child_abuse" },
        { "my boyfriend hits my son", "child_abuse" },
        { "our babysitter hurts the kids", "child_abuse" },
        // Medical emergencies.
        { "I took too many pills", "medical_emergency" },
        { "i took a whole bottle of tylenol", "medical_emergency" },
        { "i think i overdosed", "medical_emergency" },
        { "my friend overdosed and is not breathing", "medical_emergency" },
        { "I have chest pain", "medical_emergency" },
        { "I think I'm having a heart attack", "medical_emergency" },
        { "i can't breathe", "medical_emergency" },
        { "my toddler swallowed some bleach", "medical_emergency" },
        { "i took ketamine and now my heart is racing", "medical_emergency" },
        { "took molly and i am overheating", "medical_emergency" },
        { "my friend had a seizure after taking mdma", "medical_emergency" },
        // Acute psychosis.
        { "the voices are telling me to hurt someone", "acute_psychosis" },
        { "voices keep telling me to kill myself", "acute_psychosis" },
        { "I don't know what's real anymore after taking shrooms", "acute_psychosis" },
        { "i'm having a bad trip", "acute_psychosis" },
        { "they are putting thoughts in my head", "acute_psychosis" },
    };

    [Theory]
    [MemberData(nameof(Crises))]
    public void Crisis_phrasings_are_recognised_with_their_category(string text, string category)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Crisis, $"'{text}' was {decision.Level} ({decision.Rule})");
        Assert.Equal(category, decision.Category.ToName());
        Assert.False(string.IsNullOrEmpty(decision.Rule));
    }

    [Theory]
    [InlineData("my friend says she wants to kill herself")]
    [InlineData("my brother is suicidal")]
    [InlineData("my sister's husband beats her")]
    [InlineData("my daughter is cutting herself")]
    public void A_crisis_about_someone_else_is_marked_third_person(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.Equal(SafetyLevel.Crisis, decision.Level);
        Assert.True(decision.ThirdPerson);
    }

    [Theory]
    [InlineData("I want to kill myself")]
    [InlineData("my husband hits me")]
    [InlineData("I want to kill him")]
    public void A_crisis_about_the_speaker_is_not_third_person(string text)
    {
        Assert.False(Pipelines.Screen.Screen(text).ThirdPerson);
    }

    [Fact]
    public void I_need_help_now_is_a_crisis_without_a_specific_category()
    {
        var decision = Pipelines.Screen.Screen("I need help now");

        Assert.Equal(SafetyLevel.Crisis, decision.Level);
        Assert.Null(decision.Category);
        Assert.Equal("general.help_now", decision.Rule);
    }
}
