using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

public sealed class EvalCommandTests
{
    private static string FixtureCorpus() =>
        Path.Combine(Path.GetDirectoryName(CliRunner.RepositoryCorpus())!, "tests", "Psychoed.Core.Tests", "Fixtures", "corpus-small");

    [Fact]
    public async Task Eval_prints_the_metrics_and_the_baseline_and_exits_zero_when_targets_are_met()
    {
        var data = Path.Combine(Path.GetTempPath(), "psychoed-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("eval", "--corpus", FixtureCorpus(), "--data", data);

            Assert.True(exitCode == 0, output + error);
            Assert.Contains("Recall@1 (in scope, n=7)", output, StringComparison.Ordinal);
            Assert.Contains("MRR", output, StringComparison.Ordinal);
            Assert.Contains("== Baseline (StandardAnalyzer BM25 over whole articles) ==", output, StringComparison.Ordinal);
            Assert.Contains("Targets: all met", output, StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(data, "index")));
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Eval_can_list_the_misses_of_the_tuning_half_only_and_always_prints_both_halves()
    {
        var data = Path.Combine(Path.GetTempPath(), "psychoed-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = await CliRunner.RunAsync("eval", "--corpus", FixtureCorpus(), "--data", data, "--misses", "odd");

            Assert.True(exitCode == 0, output + error);
            Assert.Contains("odd ids (tuning)", output, StringComparison.Ordinal);
            Assert.Contains("even ids (held out)", output, StringComparison.Ordinal);
            Assert.Contains("Listed: the odd half only", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Eval_with_a_missing_set_file_prints_a_clear_error_and_exits_two()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("eval", "--corpus", FixtureCorpus(), "--set", "/nonexistent/questions.yaml", "--data", Path.GetTempPath());

        Assert.Equal(2, exitCode);
        Assert.Contains("evaluation file not found", error, StringComparison.Ordinal);
    }
}
