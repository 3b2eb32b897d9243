using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Psychoed.Core.Eval;

namespace Psychoed.Cli.Answering;

/// <summary>
/// Reads the labelled texts of an external evaluation file (CSV with a header row, RFC 4180 quoting, so
/// fields may hold commas and line breaks) for <c>psychoed eval --external</c>.
/// </summary>
internal static class ExternalCsv
{
    /// <summary>Which data rows to keep, by their 0-based index among the data rows (before dedupe).</summary>
    public enum RowHalf
    {
        /// <summary>Every row.</summary>
        All,

        /// <summary>Rows 0, 2, 4, ...</summary>
        Even,

        /// <summary>Rows 1, 3, 5, ...</summary>
        Odd,
    }

    /// <summary>Reads the rows; throws <see cref="InvalidDataException"/> naming a missing column.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="textColumn">The column holding the message.</param>
    /// <param name="labelColumn">The column holding the label.</param>
    /// <param name="map">Label rewrites (<c>1</c> to <c>risk</c>); when not empty, rows whose label is not mapped are left out.</param>
    /// <param name="half">Which rows to keep, by index.</param>
    /// <param name="dedupe">Keep only the first row of each distinct text (after trimming).</param>
    /// <param name="limit">At most this many rows (after the other filters); 0 for all.</param>
    public static IReadOnlyList<ExternalRow> Read(
        string path, string textColumn, string labelColumn, IReadOnlyDictionary<string, string> map, RowHalf half, bool dedupe, int limit)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false, BadDataFound = null, MissingFieldFound = null };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new InvalidDataException($"{path}: no header row");
        }

        foreach (var column in new[] { textColumn, labelColumn }.Where(c => !header.Contains(c, StringComparer.Ordinal)))
        {
            throw new InvalidDataException($"{path}: no column '{column}' (columns: {string.Join(", ", header)})");
        }

        var rows = new List<ExternalRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; csv.Read(); index++)
        {
            if ((half == RowHalf.Even && index % 2 != 0) || (half == RowHalf.Odd && index % 2 == 0))
            {
                continue;
            }

            var text = csv.GetField(textColumn)?.Trim() ?? "";
            var label = csv.GetField(labelColumn)?.Trim() ?? "";
            if (text.Length == 0 || (dedupe && !seen.Add(text)))
            {
                continue;
            }

            if (map.Count > 0)
            {
                if (!map.TryGetValue(label, out var mapped))
                {
                    continue;
                }

                label = mapped;
            }

            rows.Add(new ExternalRow(label, text));
            if (limit > 0 && rows.Count >= limit)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>Parses <c>a=b</c> pairs; throws <see cref="InvalidDataException"/> on a malformed one.</summary>
    public static Dictionary<string, string> Pairs(IEnumerable<string> pairs, string option)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == pair.Length - 1)
            {
                throw new InvalidDataException($"{option} '{pair}': expected VALUE=LABEL");
            }

            result[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }

        return result;
    }
}
