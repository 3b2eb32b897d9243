using System.Text;
using System.Text.RegularExpressions;

namespace Psychoed.Core.Import;

/// <summary>Helpers that turn page text into safe Markdown and YAML.</summary>
public static partial class MarkdownText
{
    /// <summary>
    /// Escapes the characters Markdown would read as markup, so page text stays text: emphasis,
    /// links, code and HTML; a leading <c>#</c>, <c>&gt;</c>, list marker or <c>1.</c> too.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var escaped = LeadingMarker().Replace(sb.ToString(), m => "\\" + m.Value);
        return LeadingNumber().Replace(escaped, "$1\\$2");
    }

    /// <summary>Collapses runs of whitespace (including non-breaking spaces) into single spaces.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>A YAML double-quoted scalar holding <paramref name="value"/> on one line.</summary>
    public static string YamlQuote(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in Collapse(value))
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>The first sentence or two of <paramref name="text"/>, at most about <paramref name="maxChars"/> characters.</summary>
    public static string Summary(string text, int maxChars = 220)
    {
        var sentences = SentenceEnd().Split(Collapse(text)).Where(s => s.Length > 0).ToList();
        var summary = "";
        foreach (var sentence in sentences)
        {
            var next = summary.Length == 0 ? sentence : summary + " " + sentence;
            if (next.Length > maxChars && summary.Length > 0)
            {
                break;
            }

            summary = next;
        }

        if (summary.Length > maxChars)
        {
            var cut = summary.LastIndexOf(' ', maxChars - 1);
            summary = summary[..(cut > 40 ? cut : maxChars - 1)].TrimEnd(',', ';', ':', ' ') + "…";
        }

        return summary;
    }

    [GeneratedRegex(@"^(#|[-+=](?=\s|$))")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"^(\d+)([.)])(?=\s|$)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""'(])")]
    private static partial Regex SentenceEnd();
}
