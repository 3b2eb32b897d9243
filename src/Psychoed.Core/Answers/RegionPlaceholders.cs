using System.Text.RegularExpressions;
using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>
/// The placeholders an article body uses instead of a country's emergency or crisis number
/// (<c>{emergency_number}</c>, <c>{crisis_line}</c>...), filled from <c>resources.yaml</c> for the
/// reader's region when a passage is put into a reply, so a reader in GB never reads a US number.
/// </summary>
public static partial class RegionPlaceholders
{
    /// <summary>The emergency number itself (911, 999, 000, 112), from the region's <c>emergency: true</c> resource.</summary>
    public const string EmergencyNumber = "emergency_number";

    // Placeholder name -> the resources.yaml need whose first non-emergency resource fills it.
    private static readonly Dictionary<string, string> _lines = new(StringComparer.Ordinal)
    {
        ["crisis_line"] = "suicide",
        ["abuse_line"] = "abuse",
        ["sexual_assault_line"] = "sexual_assault",
        ["child_abuse_line"] = "child_abuse",
        ["poison_line"] = "poison",
    };

    // What the search index reads in place of each placeholder, so "crisis line" finds the passage.
    private static readonly Dictionary<string, string> _indexWords = new(StringComparer.Ordinal)
    {
        [EmergencyNumber] = "emergency number",
        ["crisis_line"] = "crisis line",
        ["abuse_line"] = "domestic abuse helpline",
        ["sexual_assault_line"] = "sexual assault helpline",
        ["child_abuse_line"] = "child abuse helpline",
        ["poison_line"] = "poison centre",
    };

    /// <summary>Every placeholder name, without braces.</summary>
    public static IReadOnlyCollection<string> Names => _indexWords.Keys;

    /// <summary>Each placeholder as written (<c>{crisis_line}</c>) and the plain words the search index reads instead.</summary>
    public static IEnumerable<(string Placeholder, string Words)> IndexWords =>
        _indexWords.Select(kv => ("{" + kv.Key + "}", kv.Value));

    /// <summary>True when <paramref name="name"/> (without braces) is a known placeholder.</summary>
    public static bool IsKnown(string name) => _indexWords.ContainsKey(name);

    /// <summary>Every <c>{name}</c> in <paramref name="text"/> that looks like a placeholder, with its index.</summary>
    public static IEnumerable<(string Name, int Index)> Find(string text) =>
        Pattern().Matches(text).Select(m => (m.Groups[1].Value, m.Index));

    /// <summary>
    /// Replaces every known placeholder in <paramref name="text"/> with the region's resource; an
    /// unknown one is left as written (<c>corpus validate</c> rejects it before it is served).
    /// </summary>
    public static string Fill(string text, RegionResources region)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        return Pattern().Replace(text, m => Resolve(m.Groups[1].Value, region) ?? m.Value);
    }

    /// <summary>The text a placeholder becomes for <paramref name="region"/>, or null when the region cannot fill it.</summary>
    public static string? Resolve(string name, RegionResources region)
    {
        if (name == EmergencyNumber)
        {
            return region.Resources.FirstOrDefault(r => r.IsEmergency) is { } emergency ? NumberOf(emergency) : null;
        }

        if (!_lines.TryGetValue(name, out var need))
        {
            return null;
        }

        var serving = region.Serving(need);
        var entry = serving.FirstOrDefault(r => !r.IsEmergency) ?? serving.FirstOrDefault();
        return entry is null ? null : $"{entry.Name}: {LowerFirst(entry.Contact)}";
    }

    /// <summary>The names <paramref name="region"/> cannot fill, for the safety loader to report.</summary>
    public static IEnumerable<string> Unfillable(RegionResources region) => Names.Where(n => Resolve(n, region) is null);

    // The number a person dials: the digits of the tel: link ("tel:000" is 000), else the contact text.
    private static string NumberOf(ResourceEntry entry) =>
        entry.Action is { } action && action.StartsWith("tel:", StringComparison.Ordinal) ? action["tel:".Length..] : entry.Contact;

    // "Call or text 988" reads on after a colon mid-sentence as "call or text 988"; "SHOUT"-style words keep their case.
    private static string LowerFirst(string contact) =>
        contact.Length > 1 && char.IsUpper(contact[0]) && char.IsLower(contact[1])
            ? char.ToLowerInvariant(contact[0]) + contact[1..]
            : contact;

    [GeneratedRegex(@"\{([a-z][a-z_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
