using Psychoed.Core.Safety;
using Psychoed.Core.Serving;

namespace Psychoed.Bot.WebChat;

/// <summary>
/// The "Need help now?" contacts from the safety data the bot is serving now (the corpus's
/// <c>safety/resources.yaml</c>, following live reloads; the built-in copy until the corpus has loaded),
/// so the button and the bot's crisis replies always name the same services.
/// </summary>
public sealed class HelpResourceSource(CorpusServer corpus)
{
    private Cached? _cached;

    /// <summary>The contacts now.</summary>
    public HelpResourceCatalog Current
    {
        get
        {
            var catalog = corpus.Current?.Catalog ?? SafetyCatalogLoader.BuiltIn;
            var cached = _cached;
            if (cached is not null && ReferenceEquals(cached.Catalog, catalog))
            {
                return cached.Help;
            }

            var help = HelpResourceSelection.FromDirectory(catalog.Resources, catalog.Source);
            _cached = new Cached(catalog, help);
            return help;
        }
    }

    private sealed record Cached(SafetyCatalog Catalog, HelpResourceCatalog Help);
}
