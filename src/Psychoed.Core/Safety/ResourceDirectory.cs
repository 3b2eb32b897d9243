namespace Psychoed.Core.Safety;

/// <summary>Every region's help resources; unknown regions fall back to the default (US).</summary>
public sealed class ResourceDirectory
{
    private static readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "GB", ["USA"] = "US", ["IRL"] = "IE", ["AUS"] = "AU", ["CAN"] = "CA",
    };

    private readonly Dictionary<string, RegionResources> _regions;

    /// <summary>Creates the directory.</summary>
    public ResourceDirectory(string defaultRegion, IEnumerable<RegionResources> regions)
    {
        _regions = regions.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        DefaultRegion = defaultRegion;
    }

    /// <summary>The region used when none or an unknown one is given.</summary>
    public string DefaultRegion { get; }

    /// <summary>The region codes known.</summary>
    public IReadOnlyCollection<string> Codes => _regions.Keys;

    /// <summary>The resources of <paramref name="code"/> (aliases such as UK accepted), or of the default region.</summary>
    public RegionResources Region(string? code)
    {
        var key = (code ?? "").Trim();
        if (_aliases.TryGetValue(key, out var alias))
        {
            key = alias;
        }

        return _regions.TryGetValue(key, out var region) ? region : _regions[DefaultRegion];
    }

    /// <summary>True when <paramref name="code"/> names a known region or alias.</summary>
    public bool IsKnown(string? code) =>
        code is not null && (_regions.ContainsKey(code.Trim()) || (_aliases.TryGetValue(code.Trim(), out var a) && _regions.ContainsKey(a)));
}
