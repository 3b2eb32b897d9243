using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Parses one article file: YAML front matter between <c>---</c> lines, then a Markdown body.
/// Every problem becomes a <c>path:line</c> diagnostic; nothing throws on bad input.
/// </summary>
public static class ArticleParser
{
    private static readonly HashSet<string> KnownKeys =
    [
        "id", "title", "summary", "topics", "audience", "language", "status",
        "last_reviewed", "reviewed_by", "sources", "referral", "url", "claims",
    ];

    /// <summary>Parses article text read from <paramref name="path"/> (used only in diagnostics).</summary>
    public static ParsedArticle Parse(string path, string text)
    {
        var diagnostics = new List<CorpusDiagnostic>();
        void Error(int line, string message) => diagnostics.Add(new(path, line, DiagnosticSeverity.Error, message));
        ParsedArticle Fail() => new(path, null, [], diagnostics, 1, 1);

        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            Error(1, "missing front matter: the file must start with a line '---', the YAML metadata, and another '---'");
            return Fail();
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            Error(1, "front matter is not terminated: add a line '---' after the metadata");
            return Fail();
        }

        var yaml = string.Join('\n', lines[1..close]);
        var (root, errorLine, yamlError) = SafeYaml.Load(yaml, lineOffset: 1);
        if (yamlError is not null)
        {
            Error(errorLine, $"front matter: {yamlError}");
            return Fail();
        }

        if (root is not YamlMappingNode map)
        {
            Error(2, "front matter must be a YAML mapping of 'key: value' lines");
            return Fail();
        }

        var fields = new FrontMatterFields(map, path, diagnostics);
        var claims = ClaimsField.Parse(map.Children.TryGetValue(new YamlScalarNode("claims"), out var claimsNode) ? claimsNode : null, path, diagnostics);
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !KnownKeys.Contains(k.Value ?? "")))
        {
            diagnostics.Add(new(path, SafeYaml.LineOf(key, 1), DiagnosticSeverity.Warning, $"unknown front matter field '{key.Value}'"));
        }

        var id = fields.RequiredString("id");
        var title = fields.RequiredString("title");
        var status = ParseStatus(fields, out var statusLine);
        var body = MarkdownBody.Parse(string.Join('\n', lines[(close + 1)..]), close + 2);
        RegionNumberRules.Check(lines[(close + 1)..], close + 2, path, diagnostics);

        foreach (var (heading, line) in body.EmptySections)
        {
            Error(line, $"section '{heading}' is empty: write its text or remove the heading");
        }

        if (body.Sections.Count == 0)
        {
            Error(close + 2, "the body has no sections: add at least one '## ' heading with text under it");
        }

        var reviewedBy = fields.OptionalString("reviewed_by") ?? "";
        if (reviewedBy.Length == 0 && status is not ArticleStatus.Draft)
        {
            Error(fields.LineOf("reviewed_by") ?? statusLine, "reviewed_by is required unless status is draft");
        }

        var article = id is null || title is null ? null : new Article
        {
            Id = id,
            Title = title,
            Summary = fields.RequiredString("summary") ?? "",
            Topics = fields.RequiredList("topics"),
            Audience = fields.RequiredList("audience"),
            Language = fields.RequiredString("language") ?? "en",
            Status = status,
            LastReviewed = fields.RequiredDate("last_reviewed"),
            ReviewedBy = reviewedBy,
            Sources = fields.Sources(),
            Referral = fields.RequiredString("referral") ?? "",
            Url = fields.OptionalString("url"),
            Claims = claims,
            Lead = body.Lead,
            Sections = body.Sections,
            RelativePath = path,
        };

        return new ParsedArticle(path, article, body.Links, diagnostics, fields.LineOf("id") ?? 2, fields.LineOf("last_reviewed") ?? 2);
    }

    private static ArticleStatus ParseStatus(FrontMatterFields fields, out int line)
    {
        line = fields.LineOf("status") ?? 2;
        var value = fields.RequiredString("status");
        switch (value)
        {
            case null: return ArticleStatus.Draft;
            case "draft": return ArticleStatus.Draft;
            case "in_review": return ArticleStatus.InReview;
            case "published": return ArticleStatus.Published;
            case "retired": return ArticleStatus.Retired;
            default:
                fields.Error(line, $"status '{value}' is not one of draft, in_review, published, retired");
                return ArticleStatus.Draft;
        }
    }

    /// <summary>Formats a status the way front matter spells it.</summary>
    public static string StatusName(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "in_review",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Typed access to front matter fields that reports wrong types with their lines.</summary>
    private sealed class FrontMatterFields(YamlMappingNode map, string path, List<CorpusDiagnostic> diagnostics)
    {
        public void Error(int line, string message) => diagnostics.Add(new(path, line, DiagnosticSeverity.Error, message));

        public int? LineOf(string key) =>
            map.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? SafeYaml.LineOf(node, 1) : null;

        private YamlNode? Get(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        public string? OptionalString(string key)
        {
            var node = Get(key);
            if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return scalar.Value!.Trim();
            }

            Error(SafeYaml.LineOf(node, 1), $"{key} must be a single text value");
            return null;
        }

        public string? RequiredString(string key)
        {
            var value = OptionalString(key);
            if (value is null && diagnostics.All(d => !d.Message.StartsWith(key + " must", StringComparison.Ordinal)))
            {
                Error(LineOf(key) ?? 2, $"{key} is required");
            }

            return value;
        }

        public IReadOnlyList<string> RequiredList(string key)
        {
            var node = Get(key);
            switch (node)
            {
                case null or YamlScalarNode { Value: null or "" }:
                    Error(LineOf(key) ?? 2, $"{key} is required (a list, e.g. [a, b])");
                    return [];
                case YamlScalarNode scalar:
                    return [scalar.Value!.Trim()];
                case YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode):
                    var items = seq.Children.Cast<YamlScalarNode>().Select(s => (s.Value ?? "").Trim()).Where(s => s.Length > 0).ToList();
                    if (items.Count == 0)
                    {
                        Error(SafeYaml.LineOf(node, 1), $"{key} must not be empty");
                    }

                    return items;
                default:
                    Error(SafeYaml.LineOf(node, 1), $"{key} must be a list of plain values");
                    return [];
            }
        }

        public DateOnly? RequiredDate(string key)
        {
            var value = RequiredString(key);
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(LineOf(key) ?? 2, $"{key} '{value}' is not a valid date (use YYYY-MM-DD)");
            return null;
        }

        public IReadOnlyList<SourceLink> Sources()
        {
            var node = Get("sources");
            if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
            {
                Error(LineOf("sources") ?? 2, "sources is required: a list of items with a title and an absolute http(s) url");
                return [];
            }

            var sources = new List<SourceLink>();
            foreach (var item in seq.Children)
            {
                var line = SafeYaml.LineOf(item, 1);
                if (item is not YamlMappingNode m)
                {
                    Error(line, "each source must have 'title' and 'url'");
                    continue;
                }

                var title = (m.Children.TryGetValue(new YamlScalarNode("title"), out var t) ? (t as YamlScalarNode)?.Value : null)?.Trim();
                var url = (m.Children.TryGetValue(new YamlScalarNode("url"), out var u) ? (u as YamlScalarNode)?.Value : null)?.Trim();
                if (string.IsNullOrEmpty(title))
                {
                    Error(line, "source has no title");
                }

                if (!IsAbsoluteHttpUrl(url))
                {
                    Error(line, $"source url '{url}' is not an absolute http(s) URL");
                }

                sources.Add(new SourceLink(title ?? "", url ?? ""));
            }

            return sources;
        }
    }

    /// <summary>True for an absolute http or https URL with a host.</summary>
    public static bool IsAbsoluteHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
