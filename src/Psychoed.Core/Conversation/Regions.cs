using System.Globalization;

namespace Psychoed.Core.Conversation;

/// <summary>The regions with help resources, and how a locale maps to one.</summary>
public static class Regions
{
    /// <summary>Supported region codes and their names, in the order they are offered.</summary>
    public static IReadOnlyList<(string Code, string Name)> Supported { get; } =
    [
        ("US", "United States"),
        ("GB", "United Kingdom"),
        ("CA", "Canada"),
        ("AU", "Australia"),
        ("IE", "Ireland"),
    ];

    // Names people type for a region, besides its code.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = "GB", ["united kingdom"] = "GB", ["britain"] = "GB", ["great britain"] = "GB", ["england"] = "GB",
        ["scotland"] = "GB", ["wales"] = "GB", ["northern ireland"] = "GB",
        ["usa"] = "US", ["united states"] = "US", ["america"] = "US",
        ["canada"] = "CA", ["australia"] = "AU", ["ireland"] = "IE", ["eire"] = "IE",
    };

    /// <summary>The supported region a code or name means, or null.</summary>
    public static string? Normalize(string? value)
    {
        var text = value?.Trim().TrimEnd('.', '!') ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (Aliases.TryGetValue(text, out var alias))
        {
            return alias;
        }

        var upper = text.ToUpperInvariant();
        return Supported.Any(r => r.Code == upper) ? upper : null;
    }

    /// <summary>The supported region of a locale such as <c>en-GB</c>, or null when it names none.</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var parts = locale.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 1; i--)
        {
            if (Normalize(parts[i]) is { } region)
            {
                return region;
            }
        }

        return null;
    }

    /// <summary>The display name of a supported region code.</summary>
    public static string NameOf(string code) =>
        Supported.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase)).Name ?? code.ToUpper(CultureInfo.InvariantCulture);
}
