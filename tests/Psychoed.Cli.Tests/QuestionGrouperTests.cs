using Psychoed.Cli.Reports;

namespace Psychoed.Cli.Tests;

public sealed class QuestionGrouperTests
{
    [Fact]
    public void Wordings_that_differ_in_case_punctuation_and_stop_words_fall_in_one_group()
    {
        var groups = QuestionGrouper.Group([("Can ketamine help tinnitus?", "out_of_scope"), ("does KETAMINE help with tinnitus", "out_of_scope"), ("ketamine for tinnitus!", "low_confidence")]);

        var group = Assert.Single(groups);
        Assert.Equal(3, group.Count);
        Assert.Equal(2, group.Reasons["out_of_scope"]);
    }

    [Fact]
    public void Unrelated_questions_stay_apart()
    {
        var groups = QuestionGrouper.Group([("how do I renew my passport", "out_of_scope"), ("how do I sleep better", "low_confidence")]);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void Questions_of_only_stop_words_do_not_crash_or_merge_with_others()
    {
        var groups = QuestionGrouper.Group([("what?", "out_of_scope"), ("how?", "out_of_scope"), ("", "out_of_scope"), ("tinnitus", "out_of_scope")]);

        Assert.Equal(4, groups.Sum(g => g.Count));
        Assert.Contains(groups, g => g.Representative == "tinnitus" && g.Count == 1);
    }
}
