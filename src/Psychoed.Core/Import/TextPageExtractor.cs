using System.Text.RegularExpressions;

namespace Psychoed.Core.Import;

/// <summary>
/// Reduces pasted page text to an article: boilerplate lines are dropped (and reported by line
/// number), blank lines separate blocks, and a short standalone line that reads like a title
/// becomes a heading; the first one, before any paragraph, is the page's title.
/// </summary>
public static partial class TextPageExtractor
{
    private const int MaxHeadingWords = 14;
    private const int MaxHeadingChars = 120;

    /// <summary>Extracts the article from <paramref name="text"/>.</summary>
    public static ExtractedPage Extract(string text, Uri? pageUrl)
    {
        var removed = new List<RemovedContent>();
        var groups = new List<List<(int Line, string Text)>>();
        var current = new List<(int, string)>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = MarkdownText.Collapse(lines[i]);
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    groups.Add(current);
                    current = [];
                }

                continue;
            }

            if (BoilerplateRules.MatchLine(line) is { } reason)
            {
                removed.Add(new($"line {i + 1}", line, reason));
                continue;
            }

            current.Add((i + 1, line));
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        var blocks = new List<PageBlock>();
        string? title = null;
        foreach (var group in groups)
        {
            var where = $"line {group[0].Line}";
            if (group.Count == 1 && IsTitleLike(group[0].Text))
            {
                var heading = group[0].Text;
                if (title is null && blocks.Count == 0)
                {
                    title = heading;
                    continue;
                }

                blocks.Add(new PageBlock(PageBlockKind.Heading, MarkdownText.Escape(heading), heading, where, 2));
                continue;
            }

            var paragraph = new List<string>();
            foreach (var (lineNumber, line) in group)
            {
                if (Bullet().Match(line) is { Success: true } bullet)
                {
                    AddParagraph(blocks, paragraph, where);
                    var item = line[bullet.Length..].Trim();
                    blocks.Add(new PageBlock(PageBlockKind.ListItem, MarkdownText.Escape(item), item, $"line {lineNumber}"));
                }
                else
                {
                    paragraph.Add(line);
                }
            }

            AddParagraph(blocks, paragraph, where);
        }

        return new ExtractedPage { Title = title, Blocks = blocks, Url = pageUrl, Removed = removed };
    }

    /// <summary>True for a short standalone line without closing punctuation, like "Why sleep matters".</summary>
    public static bool IsTitleLike(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= MaxHeadingWords
            && line.Length <= MaxHeadingChars
            && (char.IsUpper(line[0]) || char.IsDigit(line[0]))
            && (char.IsLetterOrDigit(line[^1]) || line[^1] is '?' or ')' or '"' or '\'' or '’' or '”')
            && !Bullet().IsMatch(line);
    }

    private static void AddParagraph(List<PageBlock> blocks, List<string> lines, string where)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = string.Join(' ', lines);
        blocks.Add(new PageBlock(PageBlockKind.Paragraph, MarkdownText.Escape(text), text, where));
        lines.Clear();
    }

    [GeneratedRegex(@"^([-*•·▪◦]|\d+[.)])\s+")]
    private static partial Regex Bullet();
}
