namespace Psychoed.Bot.WebChat;

/// <summary>Finds and reads the corpus's safety resources for the "Need help now?" button.</summary>
public static class HelpResourceLoader
{
    /// <summary>
    /// Loads <c>safety/resources.yaml</c> from <paramref name="corpusPath"/> (or the repository's <c>corpus/</c>
    /// found above <paramref name="contentRoot"/>), falling back to the built-in list when it is missing or unreadable.
    /// </summary>
    public static HelpResourceCatalog Load(string? corpusPath, string contentRoot, ILogger logger)
    {
        var file = ResourcesFile(corpusPath, contentRoot);
        if (file is null)
        {
            logger.LogInformation("No corpus safety resources found; \"Need help now?\" shows the built-in United States list");
            return new HelpResourceCatalog([], "built-in");
        }

        try
        {
            var regions = HelpResourceYaml.Parse(File.ReadAllText(file));
            if (regions.Count == 0)
            {
                logger.LogWarning("{File} has no contacts the web chat recognises; using the built-in United States list", file);
            }

            return new HelpResourceCatalog(regions, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            logger.LogWarning(e, "Could not read {File}; using the built-in United States list", file);
            return new HelpResourceCatalog([], "built-in");
        }
    }

    private static string? ResourcesFile(string? corpusPath, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(corpusPath))
        {
            var configured = Path.Combine(Path.GetFullPath(corpusPath, contentRoot), "safety", "resources.yaml");
            return File.Exists(configured) ? configured : null;
        }

        // Started from a clone (dotnet run --project src/Psychoed.Bot): the repository's corpus/.
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus", "safety", "resources.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(dir.FullName, "corpus", "topics.yaml")))
            {
                return null;
            }
        }

        return null;
    }
}
