using Microsoft.Extensions.Options;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Resolves <see cref="PsychoedOptions.CorpusPath"/> and <see cref="PsychoedOptions.DataPath"/> to
/// absolute paths: relative paths are under the content root, and an empty corpus path means the
/// repository's <c>corpus/</c>, found by walking up from the content root or the current folder.
/// </summary>
internal sealed class PsychoedPathsSetup(IHostEnvironment environment) : IPostConfigureOptions<PsychoedOptions>
{
    public void PostConfigure(string? name, PsychoedOptions options)
    {
        var root = environment.ContentRootPath;
        options.DataPath = Path.GetFullPath(string.IsNullOrWhiteSpace(options.DataPath) ? "data" : options.DataPath, root);
        options.CorpusPath = string.IsNullOrWhiteSpace(options.CorpusPath)
            ? FindCorpus(root) ?? FindCorpus(Environment.CurrentDirectory) ?? Path.Combine(root, "corpus")
            : Path.GetFullPath(options.CorpusPath, root);
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
