using Psychoed.Core.Safety;

namespace Psychoed.Bot.WebChat;

/// <summary>
/// Reads the "Need help now?" contacts from the corpus's safety data (<c>safety/resources.yaml</c>, the
/// <c>general</c> list of each region), through the same loader as the safety screen: a missing or
/// broken folder falls back to the copy built into Psychoed.Core, never to nothing.
/// </summary>
public static class HelpResourceLoader
{
    /// <summary>The need whose contacts "Need help now?" shows.</summary>
    public const string Need = "general";

    /// <summary>Loads the safety data of the corpus at <paramref name="corpusPath"/> and keeps each region's general crisis contacts.</summary>
    public static async Task<HelpResourceCatalog> LoadAsync(string corpusPath, ILogger logger, CancellationToken cancellationToken = default)
    {
        var catalog = await SafetyCatalogLoader.LoadOrBuiltInAsync(SafetyCatalogLoader.FolderOf(corpusPath), cancellationToken);
        foreach (var problem in catalog.Diagnostics)
        {
            logger.LogWarning("Safety data for \"Need help now?\": {Problem}", problem);
        }

        return FromDirectory(catalog.Resources, catalog.Source);
    }

    /// <summary>Each region's <c>general</c> contacts (its first three when it names none).</summary>
    public static HelpResourceCatalog FromDirectory(ResourceDirectory directory, string source)
    {
        var regions = directory.Codes.Select(code =>
        {
            var region = directory.Region(code);
            var serving = region.Serving(Need);
            var shown = serving.Count > 0 ? serving : region.Resources.Take(3).ToList();
            return new HelpRegion(region.Code, region.Name, [.. shown.Select(r => r.ToHelpResource())]);
        });
        return new HelpResourceCatalog(regions, source);
    }
}
