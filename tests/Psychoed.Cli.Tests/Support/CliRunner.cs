namespace Psychoed.Cli.Tests.Support;

/// <summary>Runs the psychoed command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs with a given clock and network, e.g. a fixed date and a fake web server.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(CliEnvironment environment, params string[] args) => RunCoreAsync(null, environment, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string? input, params string[] args) => RunCoreAsync(input, CliEnvironment.Default, args);

    private static async Task<(int ExitCode, string Output, string Error)> RunCoreAsync(string? input, CliEnvironment environment, string[] args)
    {
        using var reader = new StringReader(input ?? "");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await PsychoedCli.RunAsync(args, reader, output, error, environment);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The repository's own corpus folder.</summary>
    public static string RepositoryCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        throw new InvalidOperationException("Bot.sln not found above the test output folder.");
    }

    /// <summary>A file under the test output's Fixtures folder.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);
}
