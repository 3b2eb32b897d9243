using System.Text.RegularExpressions;

namespace Psychoed.Core.Import;

/// <summary>
/// The data that tells page furniture from article text: whole lines that are boilerplate (page
/// anchors, view counters, share and cookie prompts) and the HTML elements that hold it. Each rule
/// carries the reason shown in the import report.
/// </summary>
public static class BoilerplateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Lines that are boilerplate on their own, matched against the whole trimmed line.</summary>
    public static IReadOnlyList<(Regex Pattern, string Reason)> LineRules { get; } =
    [
        (Line(@"(top|bottom) of (the )?page|back to top|scroll to top"), "page anchor"),
        (Line(@"search|search\.\.\.|menu|open menu|close menu|skip to (main )?content|log ?in|sign ?(in|up)|home|more"), "site navigation"),
        (Line(@"\d[\d,.]*k?\s*views?\s*(\d[\d,.]*\s*comments?)?\s*(\d[\d,.]*\s*likes?)?"), "view counter"),
        (Line(@"\d[\d,.]*\s*(comments?|likes?|shares?)(\s*\d[\d,.]*\s*(comments?|likes?|shares?))*"), "comment or like counter"),
        (Line(@"(write a comment|leave a (comment|reply)|comments|reply|post not marked as liked|like|liked|be the first to comment\.?|no comments yet\.?)"), "comments widget"),
        (Line(@"(share|share this( post| article| page)?|share on \w+|facebook|twitter|x|linkedin|instagram|pinterest|whatsapp|email|copy link|print)"), "share link"),
        (Line(@"(recent posts|related posts|see all|read more|view all|all posts|back to blog|previous post|next post|tags?:\s.*|categories:\s.*)"), "related-posts link"),
        (Line(@"(accept|accept all|accept cookies|decline|reject all|got it|ok|allow all|cookie settings|manage cookies|privacy policy)"), "cookie banner"),
        (Line(@".{0,300}\b(we use cookies|(this|our) (web)?site uses cookies|uses cookies to|cookie (policy|settings|preferences)|accept (all )?cookies)\b.{0,300}"), "cookie banner"),
        (Line(@"(©|\(c\)|copyright)\s*.{0,120}|.{0,120}all rights reserved\.?"), "footer"),
        (Line(@"(writer'?s picture|updated:.{0,40}|\d+\s*min(ute)?s?\s*read|.{0,60}·\s*\d+\s*min(ute)?s?\s*read)"), "post metadata"),
        (Line(@"(subscribe|subscribe to our newsletter|join our mailing list|sign up for (our )?newsletter|thanks for (subscribing|submitting)!?)"), "newsletter prompt"),
        (Line(@"[\W_]+"), "punctuation only"),
    ];

    /// <summary>
    /// Words that, as a token of an element's id, class or aria-label, mark it as boilerplate. Tokens
    /// are split on hyphens, underscores and spaces, so <c>post-share-bar</c> has <c>share</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AttributeTokens { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["cookie"] = "cookie banner", ["cookies"] = "cookie banner", ["consent"] = "cookie banner", ["gdpr"] = "cookie banner",
        ["share"] = "share links", ["sharing"] = "share links", ["social"] = "share links", ["sharebar"] = "share links",
        ["comment"] = "comments", ["comments"] = "comments", ["disqus"] = "comments",
        ["newsletter"] = "newsletter prompt", ["subscribe"] = "newsletter prompt",
        ["breadcrumb"] = "breadcrumb", ["breadcrumbs"] = "breadcrumb",
        ["related"] = "related posts", ["recent"] = "related posts",
        ["sidebar"] = "sidebar", ["widget"] = "sidebar",
        ["navbar"] = "navigation", ["nav"] = "navigation", ["menu"] = "navigation",
        ["footer"] = "footer", ["advert"] = "advertisement", ["ads"] = "advertisement", ["banner"] = "banner",
    };

    /// <summary>Elements removed wherever they are, by tag name or ARIA role.</summary>
    public static IReadOnlyList<(string Selector, string Reason)> ElementRules { get; } =
    [
        ("nav, [role=navigation]", "navigation"),
        ("footer, [role=contentinfo]", "footer"),
        ("aside, [role=complementary]", "sidebar"),
        ("form, button, input, select, textarea, [role=search]", "form or search box"),
        ("[role=banner], [role=dialog], [role=alertdialog]", "banner or pop-up"),
        ("[hidden], [aria-hidden=true]", "hidden element"),
    ];

    /// <summary>Elements that are never content; removed and counted, not listed one by one.</summary>
    public const string NonContentSelector = "script, style, noscript, template, svg, iframe, canvas, object, embed, link, meta, img, picture, video, audio";

    /// <summary>The reason a whole line is boilerplate, or null when it is content.</summary>
    public static string? MatchLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        foreach (var (pattern, reason) in LineRules)
        {
            try
            {
                if (pattern.IsMatch(trimmed))
                {
                    return reason;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological line is treated as content; a person reviews the draft anyway.
            }
        }

        return null;
    }

    /// <summary>The reason an element's id, class or aria-label marks it as boilerplate, or null.</summary>
    public static string? MatchAttributes(string? id, string? className, string? ariaLabel)
    {
        var tokens = $"{id} {className} {ariaLabel}".Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            if (AttributeTokens.TryGetValue(token, out var reason))
            {
                return reason;
            }
        }

        return null;
    }

    private static Regex Line(string pattern) => new($"^(?:{pattern})$", Options, Timeout);
}
