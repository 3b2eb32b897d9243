using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>Look-alike letters, spaced-out letters and very long messages do not hide a crisis.</summary>
public sealed class ObfuscationTests
{
    [Theory]
    [InlineData("i want to \u043a\u0456ll myself")]                      // Cyrillic ka and i
    [InlineData("i want to \u1d0b\u026a\u029f\u029f myself")]            // small capitals
    [InlineData("i want to \uff4b\uff49\uff4c\uff4c myself")]            // full-width
    [InlineData("i want to \U0001d424\U0001d422\U0001d425\U0001d425 myself")] // mathematical bold
    [InlineData("i want to ki\u200bll my\u200dself")]                    // zero-width space and joiner
    [InlineData("i want to k\u0301i\u0308l\u0327l myself")]              // combining marks
    [InlineData("i keep thinking about \u0455u\u0456\u0441\u0456d\u0435")] // Cyrillic look-alikes in "suicide"
    [InlineData("k i l l  m y s e l f")]
    [InlineData("i w a n t t o d i e")]
    [InlineData("i want to commit s.u.i.c.i.d.e")]
    [InlineData("i want to k-i-l-l m-y-s-e-l-f")]
    public void Disguised_letters_still_read_as_a_suicide_crisis(string text)
    {
        var decision = Pipelines.Screen.Screen(text);

        Assert.True(decision.Level == SafetyLevel.Crisis, $"'{text}' was {decision.Level} as '{SafetyCatalogLoader.BuiltIn.Normalizer.Normalize(text)}'");
        Assert.Equal(CrisisCategory.Suicide, decision.Category);
    }

    [Theory]
    [InlineData("\uff48\uff45\uff59 \uff54\uff48\uff45\uff52\uff45", "hey there")]
    [InlineData("\u0441\u0430\u0442", "cat")]
    [InlineData("caf\u00e9", "cafe")]
    [InlineData("h e l p  m e  n o w", "help me now")]
    public void Look_alikes_fold_to_plain_letters(string text, string expected)
    {
        Assert.Equal(expected, SafetyCatalogLoader.BuiltIn.Normalizer.Normalize(text).Plain);
    }

    [Fact]
    public void The_look_alike_table_is_generated_data_not_a_short_hand_list()
    {
        Assert.True(Lookalikes.Count > 1500, $"only {Lookalikes.Count} look-alikes");
    }

    [Fact]
    public void A_crisis_sentence_at_the_end_of_a_very_long_message_is_caught()
    {
        var filler = string.Concat(Enumerable.Repeat("Work has been busy and the weather was grey again, so I stayed in and read. ", 140));
        var text = filler + "Anyway, I am going to kill myself tonight.";
        Assert.True(text.Length > 10_000);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var decision = Pipelines.Screen.Screen(text);

        Assert.Equal(SafetyLevel.Crisis, decision.Level);
        Assert.Equal(CrisisCategory.Suicide, decision.Category);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed}");
    }

    [Fact]
    public void The_pipeline_answers_a_very_long_message_with_a_crisis_at_the_end_as_a_crisis()
    {
        var text = string.Concat(Enumerable.Repeat("I keep thinking about my week and my plans. ", 300)) + "i want to die";

        var reply = Pipelines.Create().Answer(text, new Psychoed.Core.Answers.ConversationMemory());

        Assert.Equal(Psychoed.Core.Answers.ReplyKind.Crisis, reply.Kind);
    }
}
