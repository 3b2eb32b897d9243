using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Psychoed.Core.Import;

/// <summary>
/// Reduces an HTML page to its article: parses it with AngleSharp, removes navigation, footers,
/// share bars, cookie banners and the like (<see cref="BoilerplateRules"/>), then walks the main
/// content into headings, paragraphs and list items with inline Markdown.
/// </summary>
public static class HtmlPageExtractor
{
    internal static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "details", "summary",
    ];

    private static readonly HashSet<string> NeverRemoved = ["html", "body", "main", "article"];

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="pageUrl"/> resolves relative links.</summary>
    public static ExtractedPage Extract(string html, Uri? pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var removed = new List<RemovedContent>();

        var canonical = AbsoluteHttp(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), pageUrl)
            ?? AbsoluteHttp(Meta(document, "og:url"), pageUrl);
        var url = pageUrl ?? canonical;
        var siteName = Meta(document, "og:site_name");
        var metaTitle = Meta(document, "og:title") ?? TrimSiteName(document.Title, siteName);

        var nonContent = document.QuerySelectorAll(BoilerplateRules.NonContentSelector).ToList();
        foreach (var element in nonContent)
        {
            element.Remove();
        }

        if (nonContent.Count > 0)
        {
            removed.Add(new("page", $"{nonContent.Count} element(s)", "scripts, styles, images and embeds"));
        }

        RemoveBoilerplate(document, removed);

        var root = document.QuerySelector("article") ?? document.QuerySelector("main, [role=main]") ?? document.Body;
        var blocks = new List<PageBlock>();
        var outside = new List<PageBlock>();
        if (document.Body is not null && root is not null)
        {
            new HtmlBlockWalker(blocks, outside, root, url).Walk(document.Body);
        }

        // Text around the article (page anchors, stray links) is left out too, and reported.
        foreach (var block in outside)
        {
            removed.Add(new(block.Where, block.Plain, BoilerplateRules.MatchLine(block.Plain) ?? "outside the page's main content"));
        }

        var h1 = blocks.Concat(outside).FirstOrDefault(b => b.Kind == PageBlockKind.Heading && b.Level == 1);
        var title = h1?.Plain ?? metaTitle;
        return new ExtractedPage
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : MarkdownText.Collapse(title),
            Blocks = blocks,
            Url = canonical ?? url,
            SiteName = siteName,
            Removed = removed,
        };
    }

    private static void RemoveBoilerplate(IDocument document, List<RemovedContent> removed)
    {
        // Document order, so the report reads top to bottom; an element inside one already removed is skipped.
        var marked = new List<(IElement Element, string Reason)>();
        var holdsContent = new HashSet<IElement>();
        foreach (var content in document.QuerySelectorAll("main, article, [role=main]"))
        {
            for (var parent = content.ParentElement; parent is not null && holdsContent.Add(parent); parent = parent.ParentElement)
            {
            }
        }

        foreach (var element in document.All)
        {
            if (NeverRemoved.Contains(element.LocalName) || holdsContent.Contains(element))
            {
                continue;
            }

            var reason = BoilerplateRules.ElementRules.FirstOrDefault(r => element.Matches(r.Selector)).Reason
                ?? SiteHeaderReason(element)
                ?? BoilerplateRules.MatchAttributes(element.Id, element.ClassName, element.GetAttribute("aria-label"));
            if (reason is not null && (marked.Count == 0 || !marked[^1].Element.Contains(element)))
            {
                marked.Add((element, reason));
            }
        }

        foreach (var (element, reason) in marked)
        {
            var text = SpacedText(element);
            if (text.Length > 0)
            {
                removed.Add(new(Describe(element), text, reason));
            }

            element.Remove();
        }
    }

    /// <summary>A page's own header (logo, menu) is furniture; a header inside the article, or holding the h1, holds its title.</summary>
    private static string? SiteHeaderReason(IElement element) =>
        element.LocalName == "header" && element.Closest("article, main") is null && element.QuerySelector("h1") is null ? "site header" : null;

    /// <summary>An element's text with a space between text nodes, so "Comments" and "Write a comment" do not run together.</summary>
    private static string SpacedText(IElement element) =>
        MarkdownText.Collapse(string.Join(' ', element.Descendants<IText>().Select(t => t.Data)));

    internal static string Describe(IElement element)
    {
        var sb = new StringBuilder("<").Append(element.LocalName);
        if (!string.IsNullOrEmpty(element.Id))
        {
            sb.Append(" id=\"").Append(element.Id).Append('"');
        }
        else if (!string.IsNullOrEmpty(element.ClassName))
        {
            sb.Append(" class=\"").Append(RemovedContent.Preview(element.ClassName)).Append('"');
        }

        return sb.Append('>').ToString();
    }

    private static string? Meta(IDocument document, string property)
    {
        var content = document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")
            ?? document.QuerySelector($"meta[name='{property}']")?.GetAttribute("content");
        return string.IsNullOrWhiteSpace(content) ? null : MarkdownText.Collapse(content);
    }

    private static string? TrimSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        foreach (var separator in new[] { " | ", " – ", " — ", " - " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (siteName is null || title[(at + separator.Length)..].Trim().Equals(siteName, StringComparison.OrdinalIgnoreCase) || title.Length - at < 40))
            {
                return title[..at].Trim();
            }
        }

        return title.Trim();
    }

    /// <summary>An absolute http(s) URL for <paramref name="href"/>, resolved against <paramref name="baseUrl"/>; else null.</summary>
    internal static Uri? AbsoluteHttp(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        // On Unix "/contact" parses as an absolute file path, so a known base always wins.
        Uri? uri;
        if (baseUrl is not null ? !Uri.TryCreate(baseUrl, href.Trim(), out uri) : !Uri.TryCreate(href.Trim(), UriKind.Absolute, out uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" && uri.Host.Length > 0 ? uri : null;
    }
}
