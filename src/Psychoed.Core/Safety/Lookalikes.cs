using System.Globalization;
using System.Text;

namespace Psychoed.Core.Safety;

/// <summary>
/// Folds look-alike characters to the plain letters they imitate: full-width and mathematical letters,
/// small capitals, ligatures, and Cyrillic, Greek and other letters that look Latin ("кіll"). The table
/// (<c>Lookalikes.txt</c>) is generated from Unicode data by <c>build/safety/make_lookalikes.py</c>
/// (NFKD, character names, and Unicode's confusables.txt), because the apps run with invariant
/// globalization, where <see cref="string.Normalize()"/> does nothing. Format characters (zero-width
/// spaces and joiners, soft hyphens, direction marks) and combining marks are dropped.
/// </summary>
public static class Lookalikes
{
    private static readonly Lazy<Dictionary<int, string>> _table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>How many characters the table folds.</summary>
    public static int Count => _table.Value.Count;

    /// <summary>Folds <paramref name="text"/>; plain ASCII comes back unchanged (and unallocated).</summary>
    public static string Fold(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var table = _table.Value;
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (table.TryGetValue(rune.Value, out var plain) || table.TryGetValue(Rune.ToLowerInvariant(rune).Value, out plain))
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static Dictionary<int, string> Load()
    {
        using var stream = typeof(Lookalikes).Assembly.GetManifestResourceStream("Psychoed.Core.Safety.Lookalikes.txt")
            ?? throw new InvalidOperationException("Lookalikes.txt is missing from the assembly");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            table[int.Parse(line.AsSpan(0, space), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = line[(space + 1)..];
        }

        return table;
    }
}
