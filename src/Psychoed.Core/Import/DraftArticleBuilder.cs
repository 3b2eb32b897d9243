using System.Globalization;
using System.Text;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Import;

/// <summary>
/// Writes an extracted page as a draft article: front matter filled as far as the page allows,
/// the page's headings as <c>##</c> sections, and comments that tell the reviewer what was guessed.
/// </summary>
public static class DraftArticleBuilder
{
    /// <summary>Used when the page has no address; the validator refuses to publish an article citing it.</summary>
    public const string PlaceholderSourceUrl = ArticleRules.PlaceholderSourceUrl;

    /// <summary>
    /// Starts every guidance comment the importer writes, so publishing can drop them: a published
    /// file should not still say it is a draft.
    /// </summary>
    public const string CommentMarker = "# import: ";

    /// <summary>The topic used when none could be guessed; front matter requires one.</summary>
    public const string FallbackTopic = "therapy";

    /// <summary>Builds the draft from <paramref name="page"/>.</summary>
    public static DraftArticle Build(ExtractedPage page, IReadOnlyList<Topic> topics, DateOnly today, string origin, List<RemovedContent> removed)
    {
        var warnings = new List<string>();
        var blocks = page.Blocks.ToList();
        var title = page.Title ?? blocks.FirstOrDefault(b => b.Kind == PageBlockKind.Heading)?.Plain;
        if (string.IsNullOrWhiteSpace(title))
        {
            title = Path.GetFileNameWithoutExtension(origin).Replace('-', ' ').Replace('_', ' ');
            warnings.Add($"no title found; using '{title}' from the file name");
        }

        var titleBlock = blocks.FindIndex(b => b.Plain.Equals(title, StringComparison.OrdinalIgnoreCase));
        if (titleBlock >= 0)
        {
            blocks.RemoveAt(titleBlock);
        }

        var (lead, sections) = Structure(blocks, removed, warnings);
        // A subtitle kept as lead text makes a poor summary: prefer the first paragraph of real sentences.
        var paragraphs = lead.Concat(sections).Where(b => b.Kind == PageBlockKind.Paragraph).ToList();
        var firstParagraph = (paragraphs.FirstOrDefault(b => b.Plain.Length >= 40 && b.Plain[^1] is '.' or '!' or '?') ?? paragraphs.FirstOrDefault())?.Plain;
        var summary = firstParagraph is null ? title : MarkdownText.Summary(firstParagraph);
        var guessed = TopicGuesser.Guess(title, string.Join('\n', blocks.Select(b => b.Plain)), topics);
        var id = Slug.FromTitle(title);

        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"{CommentMarker}imported by 'psychoed corpus import' on {today:yyyy-MM-dd} from {OneLine(page.Url?.AbsoluteUri ?? origin)}.\n");
        sb.Append(CommentMarker + "a DRAFT for a person to review: check every fact against reputable sources, rewrite it in\n");
        sb.Append(CommentMarker + "our own plain words, fill reviewed_by, and only then move it to in_review.\n");
        sb.Append(CultureInfo.InvariantCulture, $"id: {id}\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: {MarkdownText.YamlQuote(title)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"summary: {MarkdownText.YamlQuote(summary)}\n");
        if (guessed.Count > 0)
        {
            sb.Append(CommentMarker + "topics GUESSED from topics.yaml aliases; check them.\n");
            sb.Append(CultureInfo.InvariantCulture, $"topics: [{string.Join(", ", guessed)}]\n");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"{CommentMarker}nothing in topics.yaml matched; '{FallbackTopic}' is a placeholder, choose the right ones.\n");
            sb.Append(CultureInfo.InvariantCulture, $"topics: [{FallbackTopic}]\n");
            warnings.Add($"no topic matched; '{FallbackTopic}' is a placeholder");
        }

        sb.Append("audience: [general]\n");
        sb.Append("language: en\n");
        sb.Append("status: draft\n");
        sb.Append(CultureInfo.InvariantCulture, $"last_reviewed: {today:yyyy-MM-dd}  # the import date: set it when a reviewer has checked the article\n");
        sb.Append("reviewed_by: \"\"\n");
        sb.Append("referral: therapist  # therapist | prescriber | gp | trauma-therapist | crisis\n");
        sb.Append("sources:\n");
        if (page.Url is { } url)
        {
            var sourceTitle = page.SiteName is { Length: > 0 } site && !title.Contains(site, StringComparison.OrdinalIgnoreCase) ? $"{site} - {title}" : title;
            sb.Append(CultureInfo.InvariantCulture, $"  - title: {MarkdownText.YamlQuote(sourceTitle)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    url: {MarkdownText.YamlQuote(url.AbsoluteUri)}\n");
        }
        else
        {
            sb.Append("  " + CommentMarker + "no address was known for this page: replace this placeholder with the real sources.\n");
            sb.Append("  - title: \"TODO: the sources this article's facts come from\"\n");
            sb.Append(CultureInfo.InvariantCulture, $"    url: {PlaceholderSourceUrl}\n");
            warnings.Add("no source URL was known; the draft cites a placeholder that must be replaced before publishing");
        }

        sb.Append("---\n");
        AppendBody(sb, lead, sections);

        return new DraftArticle
        {
            Id = id,
            Title = title,
            GuessedTopics = guessed,
            SourceUrl = page.Url,
            Markdown = sb.ToString(),
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Splits blocks into a lead and sections, turning extra H1s into H2s and dropping headings
    /// with no text under them (a subtitle before the first paragraph is kept as lead text).
    /// </summary>
    private static (List<PageBlock> Lead, List<PageBlock> Sections) Structure(List<PageBlock> blocks, List<RemovedContent> removed, List<string> warnings)
    {
        var kept = new List<PageBlock>();
        var seenText = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != PageBlockKind.Heading)
            {
                seenText = true;
                kept.Add(block);
                continue;
            }

            block = block with { Level = Math.Max(2, block.Level) };
            var next = blocks.Skip(i + 1).FirstOrDefault();
            var empty = next is null || (next.Kind == PageBlockKind.Heading && Math.Max(2, next.Level) <= block.Level);
            if (!empty)
            {
                kept.Add(block);
            }
            else if (!seenText)
            {
                kept.Add(block with { Kind = PageBlockKind.Paragraph, Level = 0 });
                seenText = true;
            }
            else
            {
                removed.Add(new(block.Where, block.Plain, "heading without text under it"));
            }
        }

        var firstHeading = kept.FindIndex(b => b.Kind == PageBlockKind.Heading);
        if (firstHeading >= 0)
        {
            return (kept[..firstHeading], kept[firstHeading..]);
        }

        warnings.Add("the page has no headings: its text is under one 'Overview' section; split it into sections before review");
        var leadCount = kept.Count > 1 && kept[0].Kind == PageBlockKind.Paragraph ? 1 : 0;
        var sections = new List<PageBlock> { new(PageBlockKind.Heading, "Overview", "Overview", "added", 2) };
        sections.AddRange(kept.Skip(leadCount));
        if (sections.Count == 1)
        {
            sections.Add(new(PageBlockKind.Paragraph, "TODO: write this section.", "TODO: write this section.", "added"));
            warnings.Add("the page had no text left after removing boilerplate");
        }

        return (kept.Take(leadCount).ToList(), sections);
    }

    private static void AppendBody(StringBuilder sb, List<PageBlock> lead, List<PageBlock> sections)
    {
        PageBlockKind? previous = null;
        foreach (var block in lead.Concat(sections))
        {
            var listContinues = previous == PageBlockKind.ListItem && block.Kind == PageBlockKind.ListItem;
            sb.Append(listContinues ? "" : "\n");
            sb.Append(block.Kind switch
            {
                PageBlockKind.Heading => new string('#', block.Level) + " " + block.Markdown,
                PageBlockKind.ListItem => "- " + block.Markdown,
                _ => block.Markdown,
            });
            sb.Append('\n');
            previous = block.Kind;
        }
    }

    private static string OneLine(string text) => MarkdownText.Collapse(text).Replace("\n", " ", StringComparison.Ordinal);
}
