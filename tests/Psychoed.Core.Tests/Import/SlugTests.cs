using Psychoed.Core.Import;

namespace Psychoed.Core.Tests.Import;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Sleep & Worry: What Helps?", "sleep-and-worry-what-helps")]
    [InlineData("  Café   naïve résumé ", "cafe-naive-resume")]
    [InlineData("Don't panic", "dont-panic")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("!!!", "imported-article")]
    public void A_title_becomes_a_valid_id(string title, string expected) => Assert.Equal(expected, Slug.FromTitle(title));

    [Fact]
    public void A_long_title_is_cut_at_a_hyphen()
    {
        var slug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("wordy", 30)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }
}
