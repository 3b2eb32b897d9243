using Psychoed.Core.Safety;

namespace Psychoed.Bot.WebChat;

/// <summary>Picks the "Need help now?" contacts out of the safety data: each region's <c>general</c> list.</summary>
public static class HelpResourceSelection
{
    /// <summary>The need whose contacts "Need help now?" shows.</summary>
    public const string Need = "general";

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
