using Microsoft.Extensions.Options;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Resolves <see cref="PsychoedOptions.CorpusPath"/> and <see cref="PsychoedOptions.DataPath"/> to
/// absolute paths. Configured relative paths are under the current folder. An empty corpus path means
/// the repository's <c>corpus/</c>, found by walking up from the content root or the current folder;
/// an empty data path then means <c>data/</c> beside that corpus (the repository's <c>./data</c>, where
/// the <c>psychoed</c> command run from the repository looks too), else <c>./data</c>.
/// </summary>
internal sealed class PsychoedPathsSetup(IHostEnvironment environment) : IPostConfigureOptions<PsychoedOptions>
{
    public void PostConfigure(string? name, PsychoedOptions options)
    {
        var current = Environment.CurrentDirectory;
        var found = string.IsNullOrWhiteSpace(options.CorpusPath)
            ? FindCorpus(environment.ContentRootPath) ?? FindCorpus(current)
            : null;
        options.CorpusPath = string.IsNullOrWhiteSpace(options.CorpusPath)
            ? found ?? Path.Combine(current, "corpus")
            : Path.GetFullPath(options.CorpusPath, current);
        options.DataPath = string.IsNullOrWhiteSpace(options.DataPath)
            ? Path.Combine(found is null ? current : Path.GetDirectoryName(found)!, "data")
            : Path.GetFullPath(options.DataPath, current);
        options.Region = options.Region.Trim().ToUpperInvariant();
    }

    /// <summary>The nearest folder named <c>corpus</c> with an <c>articles</c> folder, at or above <paramref name="start"/>.</summary>
    internal static string? FindCorpus(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (Directory.Exists(Path.Combine(candidate, "articles")))
            {
                return candidate;
            }
        }

        return null;
    }
}
