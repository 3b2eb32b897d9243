using Psychoed.Core.Eval;
using Psychoed.Core.Search;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Eval;

public sealed class EvalRunnerTests
{
    [Fact]
    public async Task Eval_on_the_fixture_corpus_meets_the_targets_and_beats_the_baseline()
    {
        using var data = new TempFolder();
        var snapshot = await SmallCorpus.LoadAsync();
        var set = await EvalSet.LoadAsync(SmallCorpus.EvalSetPath);

        var report = await EvalRunner.RunAsync(snapshot, set, new EvalRunOptions { Search = new SearchOptions { DataPath = data.Path }, TuneBm25 = true });

        var retrieval = report.Find(EvalRunner.RetrievalSection)!;
        Assert.Equal(1.0, retrieval.Metrics.Single(m => m.Name.StartsWith("Recall@1 (", StringComparison.Ordinal)).Value);
        Assert.Equal(1.0, retrieval.Metrics.Single(m => m.Name.StartsWith("Out-of-scope", StringComparison.Ordinal)).Value);
        Assert.True(report.TargetsMet, report.Render());
        Assert.NotNull(report.Find(EvalRunner.BaselineSection));
        Assert.NotNull(report.Find(EvalRunner.TuningSection));
        var text = report.Render();
        Assert.Contains("Per topic", text, StringComparison.Ordinal);
        Assert.Contains("Answerability trade-off", text, StringComparison.Ordinal);
        Assert.Contains("even ids (held out)", text, StringComparison.Ordinal);
        Assert.Contains("In-scope ranking by whole-article weight", text, StringComparison.Ordinal);
        Assert.Contains("2 crisis/tricky cases left to the safety evaluation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_a_list_of_sections_others_can_add_to()
    {
        var report = new EvalReport();
        var safety = new EvalSection("Safety");
        safety.Metrics.Add(new EvalMetric("Crisis recall", 0.9, 1.0));
        report.Sections.Add(safety);

        Assert.False(report.TargetsMet);
        Assert.Contains("Targets: 1 not met (Safety: Crisis recall)", report.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_eval_file_with_a_bad_case_names_the_line()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "questions.yaml");
        await File.WriteAllTextAsync(path, "cases:\n  - id: a\n    group: in_scope\n    text: \"x\"\n  - id: b\n    group: nonsense\n    text: y\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EvalSet.LoadAsync(path));

        Assert.Contains("questions.yaml:2: in-scope case 'a' lists no articles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_eval_file_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EvalSet.LoadAsync("/nonexistent/questions.yaml"));

        Assert.Contains("evaluation file not found", error.Message, StringComparison.Ordinal);
    }
}
