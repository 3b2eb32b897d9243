using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

/// <summary><c>psychoed eval --external</c>: any labelled CSV measured per label through the ask pipeline.</summary>
public sealed class EvalExternalCommandTests
{
    // Our own sentences; quoted fields with commas, quotes and a line break test the CSV reader.
    private const string Csv =
        "id,message,tag\n" +
        "1,\"i'm going to take all my pills tonight\",1\n" +
        "2,\"honestly, i feel like such a burden\",1\n" +
        "3,\"he controls my money, and my phone\",dv\n" +
        "4,\"what is the capital of france\",0\n" +
        "5,\"my boss said \"\"great job\"\" today\nand i was happy\",0\n" +
        "6,\"what is the capital of france\",0\n" +
        "7,,0\n";

    private static string FixtureCorpus() =>
        Path.Combine(Path.GetDirectoryName(CliRunner.RepositoryCorpus())!, "tests", "Psychoed.Core.Tests", "Fixtures", "corpus-small");

    [Fact]
    public async Task External_eval_prints_crisis_support_and_out_of_scope_shares_per_mapped_label()
    {
        using var folder = new TempFolder();
        var file = folder.Write("set.csv", Csv);

        var (exitCode, output, error) = await CliRunner.RunAsync("eval", "--external", file, "--text-column", "message", "--label-column", "tag",
            "--map", "1=risk", "--map", "0=none", "--map", "dv=abuse", "--dedupe", "--rules", "--corpus", FixtureCorpus(), "--data", folder.PathOf("data"));

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("set.csv: 5 texts", output, StringComparison.Ordinal);
        Assert.Contains("risk | 2 | 0.500 | 1.000 |", output, StringComparison.Ordinal);
        Assert.Contains("abuse | 1 | 1.000 | 1.000 |", output, StringComparison.Ordinal);
        Assert.Contains("none | 2 | 0.000 | 0.000 |", output, StringComparison.Ordinal);
        Assert.Contains("rules for risk: ", output, StringComparison.Ordinal);
        Assert.Contains("suicide.plan+markers 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_eval_keeps_even_or_odd_rows_and_respects_the_limit()
    {
        using var folder = new TempFolder();
        var file = folder.Write("set.csv", Csv);

        var (_, even, _) = await CliRunner.RunAsync("eval", "--external", file, "--text-column", "message", "--label-column", "tag",
            "--rows", "even", "--corpus", FixtureCorpus(), "--data", folder.PathOf("data"));
        var (_, limited, _) = await CliRunner.RunAsync("eval", "--external", file, "--text-column", "message", "--label-column", "tag",
            "--limit", "2", "--corpus", FixtureCorpus(), "--data", folder.PathOf("data"));

        Assert.Contains("set.csv: 3 texts (rows even)", even, StringComparison.Ordinal);
        Assert.Contains("set.csv: 2 texts", limited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_eval_with_a_missing_column_names_the_columns_and_exits_two()
    {
        using var folder = new TempFolder();
        var file = folder.Write("set.csv", Csv);

        var (exitCode, _, error) = await CliRunner.RunAsync("eval", "--external", file, "--text-column", "body", "--corpus", FixtureCorpus(), "--data", folder.PathOf("data"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no column 'body' (columns: id, message, tag)", error, StringComparison.Ordinal);
    }
}
