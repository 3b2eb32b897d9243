using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

public sealed class TextNormalizerTests
{
    private static string Normalize(string text) => Pipelines.Catalog.Normalizer.Normalize(text).ToString();

    [Theory]
    [InlineData("I'm SOOOOO tired", "i am so tired")]
    [InlineData("k1ll mys3lf", "kil myself")]
    [InlineData("kms", "kil myself")]
    [InlineData("sucide", "suicide")]
    [InlineData("sewer slide", "suicide")]
    [InlineData("sewerslide", "suicide")]
    [InlineData("un-alive", "unalive")]
    [InlineData("I can't, I won't", "i can not | i wil not")]
    [InlineData("dont wanna", "do not want to")]
    [InlineData("Self-harm", "self harm")]
    [InlineData("Café naïve", "cafe naive")]
    [InlineData("I’m fine.  Really!", "i am fine # realy")]
    [InlineData("sad but ok", "sad | but ok")]
    [InlineData("took 2 pills at 3am", "tok 2 pils at 3am")]
    public void Messages_are_normalized_for_matching(string text, string expected)
    {
        Assert.Equal(expected, Normalize(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!...")]
    [InlineData("😭😭😭")]
    public void Empty_or_symbol_only_text_has_no_words(string? text)
    {
        Assert.Empty(Pipelines.Catalog.Normalizer.Normalize(text).Words);
    }

    [Fact]
    public void A_very_long_message_is_normalized_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("i am fine today, thanks for asking. ", 5000)) + "i want to die";

        Assert.Equal(SafetyLevel.Crisis, Pipelines.Screen.Screen(text).Level);
    }
}
