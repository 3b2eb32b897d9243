using System.Diagnostics;

namespace Psychoed.Bot.Tests.Support;

/// <summary>Finds Node and the browser, and runs the Node test files in <c>tests/Psychoed.Bot.Tests/node</c>.</summary>
internal static class NodeTool
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly Lazy<string?> s_node = new(() => FindOnPath("node"));
    private static readonly SemaphoreSlim s_installLock = new(1, 1);

    /// <summary>The node executable, or null when Node is not installed.</summary>
    public static string? Node => s_node.Value;

    /// <summary>The folder holding the Node tests and their package.json.</summary>
    public static string TestsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Psychoed.Bot.Tests", "node");
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/Psychoed.Bot.Tests/node was not found above the test assembly.");
        }
    }

    /// <summary>Runs <c>node --test FILE</c> with the given environment; returns the exit code and the combined output.</summary>
    public static async Task<(int ExitCode, string Output)> RunTestFileAsync(
        string file, IDictionary<string, string> environment, TimeSpan timeout, string? testNamePattern = null)
    {
        await EnsurePackagesAsync();
        var start = new ProcessStartInfo(Node!)
        {
            WorkingDirectory = TestsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--test", "--test-force-exit", "--test-reporter=spec" })
        {
            start.ArgumentList.Add(argument);
        }

        if (testNamePattern is not null)
        {
            start.ArgumentList.Add("--test-name-pattern=" + testNamePattern);
        }

        start.ArgumentList.Add(file);

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return await RunAsync(start, timeout);
    }

    // CI installs the packages first (.ci/install-node-deps); a fresh clone gets them on first run.
    private static async Task EnsurePackagesAsync()
    {
        await s_installLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(TestsFolder, "node_modules", "botframework-directlinejs")))
            {
                return;
            }

            var npm = FindOnPath("npm") ?? throw new InvalidOperationException("npm is needed to install the Node test packages.");
            var start = new ProcessStartInfo(npm) { WorkingDirectory = TestsFolder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                start.ArgumentList.Add(argument);
            }

            var (code, output) = await RunAsync(start, TimeSpan.FromMinutes(5));
            if (code != 0)
            {
                throw new InvalidOperationException("npm ci failed in " + TestsFolder + ":\n" + output);
            }
        }
        finally
        {
            s_installLock.Release();
        }
    }

    private static async Task<(int, string)> RunAsync(ProcessStartInfo start, TimeSpan timeout)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"Timed out after {timeout}.\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
