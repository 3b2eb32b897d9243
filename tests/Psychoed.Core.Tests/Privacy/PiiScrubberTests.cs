using Psychoed.Core.Privacy;

namespace Psychoed.Core.Tests.Privacy;

public sealed class PiiScrubberTests
{
    [Theory]
    [InlineData("email me at sam.jones+x@mail.example.co.uk please", "email me at [email] please")]
    [InlineData("my address is jo (at) example (dot) com", "my address is [email]")]
    [InlineData("call me on 555-123-4567", "call me on [phone]")]
    [InlineData("my number is +44 7700 900123", "my number is [phone]")]
    [InlineData("ring (02) 9876 5432 tonight", "ring [phone] tonight")]
    [InlineData("I live at 221B Baker Street, near the park", "I live at [address], near the park")]
    [InlineData("send it to 1600 Pennsylvania Avenue apt 4", "send it to [address]")]
    [InlineData("my name is Jane Doe and I feel anxious", "my name is [name] and I feel anxious")]
    [InlineData("hi, my name is sam and i cant sleep", "hi, my name is [name] and i cant sleep")]
    [InlineData("I'm called Alex I think I have PTSD", "I'm called [name] I think I have PTSD")]
    [InlineData("my patient id is 123456", "my patient id is [number]")]
    [InlineData("call me back at 0412 345 678", "call me back at [phone]")]
    public void Personal_data_is_replaced_by_placeholders(string input, string expected) =>
        Assert.Equal(expected, PiiScrubber.Scrub(input));

    [Theory]
    [InlineData("what helps with panic attacks?")]
    [InlineData("is ketamine safe for someone with bipolar disorder")]
    [InlineData("I slept 4 hours for 3 nights in 2025")]
    [InlineData("does CBT take 12 weeks")]
    public void Ordinary_questions_are_left_alone(string input) =>
        Assert.Equal(input, PiiScrubber.Scrub(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_input_gives_empty_output(string? input) =>
        Assert.Equal("", PiiScrubber.Scrub(input));

    [Fact]
    public void Very_long_input_is_cut_before_scrubbing()
    {
        var scrubbed = PiiScrubber.Scrub(new string('a', 100_000) + " jane@example.com");

        Assert.Equal(PiiScrubber.MaxLength, scrubbed.Length);
    }
}
