using Psychoed.Core.Answers;

namespace Psychoed.Bot.WebChat;

/// <summary>
/// The crisis contacts per region behind the "Need help now?" button, from the corpus's safety data;
/// a fixed United States list only if that somehow holds none.
/// </summary>
public sealed class HelpResourceCatalog
{
    /// <summary>The last-resort list, when the safety data has no contacts at all.</summary>
    public static HelpRegion BuiltInUnitedStates { get; } = new("US", "United States",
    [
        new HelpResource("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988", "24/7"),
        new HelpResource("Crisis Text Line", "Text HOME to 741741", "sms:741741?&body=HOME", "24/7"),
        new HelpResource("Emergency services", "Call 911 if you or someone else is in immediate danger", "tel:911", "24/7"),
    ]);

    private readonly IReadOnlyDictionary<string, HelpRegion> _regions;

    /// <summary>Creates a catalog over the given regions (the built-in US list when none).</summary>
    public HelpResourceCatalog(IEnumerable<HelpRegion> regions, string source)
    {
        var byCode = regions.Where(r => r.Resources.Count > 0).ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        if (byCode.Count == 0)
        {
            byCode[BuiltInUnitedStates.Code] = BuiltInUnitedStates;
            source = "built-in";
        }

        _regions = byCode;
        Source = source;
    }

    /// <summary>Where the contacts came from: a file path or "built-in".</summary>
    public string Source { get; }

    /// <summary>Every region with contacts, by code.</summary>
    public IReadOnlyCollection<HelpRegion> Regions => [.. _regions.Values.OrderBy(r => r.Code == "US" ? "" : r.Name, StringComparer.Ordinal)];

    /// <summary>The region's contacts, falling back to <paramref name="fallback"/>, then to any region held.</summary>
    public HelpRegion For(string? region, string fallback) =>
        (region is not null && _regions.TryGetValue(region, out var found)) ? found
        : _regions.TryGetValue(fallback, out var byDefault) ? byDefault
        : _regions.Values.First();
}
