using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Reads the optional <c>claims:</c> front matter field, a list of
/// <c>{text, source, checked, volatile}</c>; every bad entry is a <c>path:line</c> error.
/// </summary>
internal static class ClaimsField
{
    private static readonly HashSet<string> Keys = ["text", "source", "checked", "volatile"];

    public static IReadOnlyList<ArticleClaim> Parse(YamlNode? node, string path, List<CorpusDiagnostic> diagnostics)
    {
        void Error(int line, string message) => diagnostics.Add(new(path, line, DiagnosticSeverity.Error, message));

        if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Error(SafeYaml.LineOf(node, 1), "claims must be a list of items with text, source and checked");
            return [];
        }

        var claims = new List<ArticleClaim>();
        foreach (var item in list.Children)
        {
            var line = SafeYaml.LineOf(item, 1);
            if (item is not YamlMappingNode map)
            {
                Error(line, "each claim must have 'text', 'source' and 'checked'");
                continue;
            }

            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !Keys.Contains(k.Value ?? "")))
            {
                diagnostics.Add(new(path, SafeYaml.LineOf(key, 1), DiagnosticSeverity.Warning, $"unknown claim field '{key.Value}' (use text, source, checked, volatile)"));
            }

            var text = Scalar(map, "text");
            var source = Scalar(map, "source");
            var checkedText = Scalar(map, "checked");
            var volatileText = Scalar(map, "volatile");
            var ok = true;
            if (string.IsNullOrWhiteSpace(text))
            {
                Error(line, "claim has no text");
                ok = false;
            }

            if (!ArticleParser.IsAbsoluteHttpUrl(source))
            {
                Error(line, $"claim source '{source}' is not an absolute http(s) URL");
                ok = false;
            }

            DateOnly? checkedOn = null;
            if (DateOnly.TryParseExact(checkedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                checkedOn = date;
            }
            else
            {
                Error(line, checkedText is null ? "claim has no checked date (YYYY-MM-DD)" : $"claim checked '{checkedText}' is not a valid date (use YYYY-MM-DD)");
                ok = false;
            }

            var isVolatile = false;
            if (volatileText is not null && !bool.TryParse(volatileText, out isVolatile))
            {
                Error(line, $"claim volatile '{volatileText}' must be true or false");
                ok = false;
            }

            if (ok)
            {
                claims.Add(new ArticleClaim(text!.Trim(), source!.Trim(), checkedOn, isVolatile, line));
            }
        }

        return claims;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim() : null;
}
