using Psychoed.Cli.Tests.Support;

namespace Psychoed.Cli.Tests;

public sealed class CorpusValidateCommandTests
{
    [Fact]
    public async Task The_repository_corpus_validates_with_exit_code_zero_and_a_summary()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("corpus", "validate", "--corpus", CliRunner.RepositoryCorpus());

        Assert.True(exitCode == 0, output);
        Assert.Contains("By status: published", output, StringComparison.Ordinal);
        Assert.Contains("Reading level (Flesch-Kincaid grade)", output, StringComparison.Ordinal);
        Assert.Contains("Result: OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corpus_with_an_error_prints_path_line_message_and_exits_one()
    {
        var root = Path.Combine(Path.GetTempPath(), "psychoed-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        File.Copy(Path.Combine(CliRunner.RepositoryCorpus(), "topics.yaml"), Path.Combine(root, "topics.yaml"));
        await File.WriteAllTextAsync(Path.Combine(root, "articles", "broken.md"), "---\nid: broken\n");
        try
        {
            var (exitCode, output, _) = await CliRunner.RunAsync("corpus", "validate", "--corpus", root);

            Assert.Equal(1, exitCode);
            Assert.Contains("articles/broken.md:1: error: front matter is not terminated", output, StringComparison.Ordinal);
            Assert.Contains("Result: FAILED with 1 error(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_unclosed_bracket_in_front_matter_is_a_path_line_error_with_exit_one_and_no_stack_trace()
    {
        var root = Path.Combine(Path.GetTempPath(), "psychoed-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "articles"));
        File.Copy(Path.Combine(CliRunner.RepositoryCorpus(), "topics.yaml"), Path.Combine(root, "topics.yaml"));
        await File.WriteAllTextAsync(Path.Combine(root, "articles", "broken.md"), "---\nid: broken\ntitle: [unclosed\nsummary: more\n---\n\n## Part\n\nText.\n");
        try
        {
            var (exitCode, output, errors) = await CliRunner.RunAsync("corpus", "validate", "--corpus", root);

            Assert.Equal(1, exitCode);
            Assert.Contains("articles/broken.md:3: error: front matter: YAML does not parse", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + errors, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output + errors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Help_lists_the_corpus_commands()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("corpus", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }
}
