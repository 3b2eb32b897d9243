using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Psychoed.Core.Corpus;

/// <summary>Turns a Markdown article body into plain-text sections and collects its internal links.</summary>
internal static class MarkdownBody
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public sealed record Result(
        IReadOnlyList<string> Lead,
        IReadOnlyList<ArticleSection> Sections,
        IReadOnlyList<ArticleLink> Links,
        IReadOnlyList<(string Heading, int Line)> EmptySections);

    /// <param name="body">The Markdown after the front matter.</param>
    /// <param name="firstLine">1-based line of the body's first line in the file.</param>
    public static Result Parse(string body, int firstLine)
    {
        var document = Markdown.Parse(body, Pipeline);
        var lead = new List<string>();
        var sections = new List<ArticleSection>();
        var links = new List<ArticleLink>();
        var empty = new List<(string, int)>();

        string? heading = null;
        int level = 0, headingLine = 0;
        var paragraphs = new List<string>();

        void Close(int nextLevel)
        {
            if (heading is null)
            {
                return;
            }

            if (paragraphs.Count > 0)
            {
                sections.Add(new ArticleSection(heading, level, paragraphs.ToList(), headingLine));
            }
            else if (!(level == 2 && nextLevel == 3))
            {
                // An H2 directly followed by its H3s is a container, not an empty section.
                empty.Add((heading, headingLine));
            }

            paragraphs.Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } h)
            {
                Close(h.Level);
                heading = InlineText(h.Inline, links, firstLine).Trim();
                level = h.Level;
                headingLine = firstLine + h.Line;
                continue;
            }

            foreach (var text in BlockTexts(block, links, firstLine))
            {
                (heading is null ? lead : paragraphs).Add(text);
            }
        }

        Close(0);
        return new Result(lead, sections, links, empty);
    }

    private static IEnumerable<string> BlockTexts(Block block, List<ArticleLink> links, int firstLine)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 }:
                yield break; // A title heading repeats the front matter title.
            case HeadingBlock h:
                yield return InlineText(h.Inline, links, firstLine).Trim();
                break;
            case ParagraphBlock p:
                var text = InlineText(p.Inline, links, firstLine).Trim();
                if (text.Length > 0)
                {
                    yield return text;
                }

                break;
            case LeafBlock leaf when leaf is CodeBlock:
                var code = leaf.Lines.ToString().Trim();
                if (code.Length > 0)
                {
                    yield return code;
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    foreach (var t in BlockTexts(child, links, firstLine))
                    {
                        yield return t;
                    }
                }

                break;
        }
    }

    private static string InlineText(ContainerInline? inline, List<ArticleLink> links, int firstLine)
    {
        if (inline is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        Append(inline, sb, links, firstLine);
        return sb.ToString();
    }

    private static void Append(Inline inline, StringBuilder sb, List<ArticleLink> links, int firstLine)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case AutolinkInline auto:
                sb.Append(auto.Url);
                break;
            case LinkInline link:
                if (!link.IsImage && IsInternal(link.Url))
                {
                    links.Add(new ArticleLink(InternalTarget(link.Url!), firstLine + link.Line));
                }

                foreach (var child in link)
                {
                    Append(child, sb, links, firstLine);
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, sb, links, firstLine);
                }

                break;
            case HtmlInline or HtmlEntityInline:
                break;
        }
    }

    private static bool IsInternal(string? url) =>
        !string.IsNullOrWhiteSpace(url)
        && !url.Contains(':', StringComparison.Ordinal)
        && !url.StartsWith('#')
        && !url.StartsWith("//", StringComparison.Ordinal);

    private static string InternalTarget(string url)
    {
        var target = url.Split('#', '?')[0].TrimEnd('/');
        target = target[(target.LastIndexOf('/') + 1)..];
        return target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target[..^3] : target;
    }
}
