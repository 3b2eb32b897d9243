using System.Text;
using AngleSharp.Dom;

namespace Psychoed.Core.Import;

/// <summary>
/// Walks an HTML content tree into page blocks: headings, list items, and paragraphs made of runs of
/// inline content (absolute links, bold and italic kept). Text outside the page's main content goes to
/// a separate list, so it can be reported as removed.
/// </summary>
internal sealed class HtmlBlockWalker(List<PageBlock> content, List<PageBlock> outside, IElement root, Uri? baseUrl)
{
    private List<PageBlock> _target = root.LocalName == "body" ? content : outside;
    private readonly StringBuilder _markdown = new();
    private readonly StringBuilder _plain = new();
    private string _where = "<div>";

    public void Walk(IElement container)
    {
        if (container == root)
        {
            Flush();
            _target = content;
            WalkChildren(container);
            _target = outside;
            return;
        }

        WalkChildren(container);
    }

    private void WalkChildren(IElement container)
    {
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element && HtmlPageExtractor.BlockTags.Contains(element.LocalName))
            {
                Flush();
                Block(element);
            }
            else
            {
                _where = HtmlPageExtractor.Describe(container);
                Inline(node);
            }
        }

        Flush();
    }

    private void Block(IElement element)
    {
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var text = MarkdownText.Collapse(element.TextContent);
                if (text.Length > 0)
                {
                    var level = Math.Min(3, element.LocalName[1] - '0');
                    _target.Add(new PageBlock(PageBlockKind.Heading, MarkdownText.Escape(text), text, $"<{element.LocalName}>", level));
                }

                break;
            case "li":
                foreach (var node in element.ChildNodes)
                {
                    if (node is IElement child && HtmlPageExtractor.BlockTags.Contains(child.LocalName))
                    {
                        Flush(PageBlockKind.ListItem);
                        Block(child);
                    }
                    else
                    {
                        _where = "<li>";
                        Inline(node);
                    }
                }

                Flush(PageBlockKind.ListItem);
                break;
            case "pre":
                var code = MarkdownText.Collapse(element.TextContent);
                if (code.Length > 0)
                {
                    _target.Add(new PageBlock(PageBlockKind.Paragraph, MarkdownText.Escape(code), code, "<pre>"));
                }

                break;
            case "hr":
                break;
            default:
                Walk(element);
                break;
        }
    }

    private void Inline(INode node)
    {
        switch (node)
        {
            case IText text:
                _markdown.Append(MarkdownText.Escape(text.Data));
                _plain.Append(text.Data);
                break;
            case IElement { LocalName: "br" }:
                _markdown.Append(' ');
                _plain.Append(' ');
                break;
            case IElement { LocalName: "a" } link:
                var label = MarkdownText.Collapse(link.TextContent);
                var href = HtmlPageExtractor.AbsoluteHttp(link.GetAttribute("href"), baseUrl);
                _markdown.Append(href is null || label.Length == 0 ? MarkdownText.Escape(label) : $"[{MarkdownText.Escape(label)}]({href.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)})");
                _plain.Append(label);
                break;
            case IElement { LocalName: "strong" or "b" or "em" or "i" } emphasis:
                var inner = MarkdownText.Collapse(emphasis.TextContent);
                var mark = emphasis.LocalName is "strong" or "b" ? "**" : "*";
                _markdown.Append(inner.Length == 0 ? " " : $"{mark}{MarkdownText.Escape(inner)}{mark}");
                _plain.Append(inner);
                break;
            case IElement element:
                foreach (var child in element.ChildNodes)
                {
                    Inline(child);
                }

                break;
        }
    }

    private void Flush(PageBlockKind kind = PageBlockKind.Paragraph)
    {
        var plain = MarkdownText.Collapse(_plain.ToString());
        var markdown = MarkdownText.Collapse(_markdown.ToString());
        _plain.Clear();
        _markdown.Clear();
        if (plain.Length > 0)
        {
            _target.Add(new PageBlock(kind, markdown, plain, kind == PageBlockKind.ListItem ? "<li>" : _where));
        }
    }
}
