using System.Text.RegularExpressions;
using Psychoed.Core.Answers;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Article bodies name help lines through region placeholders (<c>{emergency_number}</c>,
/// <c>{crisis_line}</c>...), filled for the reader's region: an unknown placeholder is an error (it
/// would reach a reader as written), and a bare emergency or crisis number is a warning (a reader in
/// another country would be given the wrong number).
/// </summary>
internal static partial class RegionNumberRules
{
    /// <param name="bodyLines">The body's lines, after the front matter.</param>
    /// <param name="firstLine">1-based line of the body's first line in the file.</param>
    public static void Check(IReadOnlyList<string> bodyLines, int firstLine, string path, List<CorpusDiagnostic> diagnostics)
    {
        for (var i = 0; i < bodyLines.Count; i++)
        {
            var line = bodyLines[i];
            foreach (var (name, _) in RegionPlaceholders.Find(line).Where(p => !RegionPlaceholders.IsKnown(p.Name)))
            {
                diagnostics.Add(new(path, firstLine + i, DiagnosticSeverity.Error,
                    $"unknown placeholder '{{{name}}}': use one of {string.Join(", ", RegionPlaceholders.Names.Select(n => "{" + n + "}"))}"));
            }

            foreach (Match number in BareNumber().Matches(line))
            {
                diagnostics.Add(new(path, firstLine + i, DiagnosticSeverity.Warning,
                    $"'{number.Value}' is a country's emergency or crisis number: write {{emergency_number}} or {{crisis_line}} so each reader gets their own region's"));
            }
        }
    }

    // 911, 988, 999, 000, 112 as a number of their own: not inside 10,000, 1.112 or a web address.
    [GeneratedRegex(@"(?<![\d,.\-/])\b(911|988|999|000|112)\b(?![,.]?\d|[\-/])", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();
}
