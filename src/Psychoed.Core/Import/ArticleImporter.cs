using Psychoed.Core.Corpus;

namespace Psychoed.Core.Import;

/// <summary>
/// Turns a saved web page or pasted text into a draft article for a person to review. It never
/// publishes: the draft has <c>status: draft</c> and an empty <c>reviewed_by</c>.
/// </summary>
public static class ArticleImporter
{
    /// <summary>Imports <paramref name="input"/>, guessing topics from <paramref name="topics"/>.</summary>
    /// <param name="input">The page.</param>
    /// <param name="topics">The corpus's topic list (may be empty).</param>
    /// <param name="today">The import date, written as <c>last_reviewed</c> until a reviewer sets it.</param>
    /// <param name="relativePath">The path the draft will have in the corpus, for diagnostics.</param>
    public static ImportResult Import(ImportInput input, IReadOnlyList<Topic> topics, DateOnly today, string relativePath = "articles/drafts/imported.md")
    {
        var page = input.Format == ImportFormat.Html
            ? HtmlPageExtractor.Extract(input.Content, input.SourceUrl)
            : TextPageExtractor.Extract(input.Content, input.SourceUrl);

        var removed = page.Removed.ToList();
        var blocks = new List<PageBlock>();
        foreach (var block in page.Blocks)
        {
            // Text input was filtered line by line already; HTML blocks are filtered here.
            if (input.Format == ImportFormat.Html && BoilerplateRules.MatchLine(block.Plain) is { } reason)
            {
                removed.Add(new(block.Where, block.Plain, reason));
                continue;
            }

            blocks.Add(block);
        }

        var draft = DraftArticleBuilder.Build(page with { Blocks = blocks }, topics, today, input.Origin, removed);
        var parsed = ArticleParser.Parse(relativePath, draft.Markdown);
        return new ImportResult { Draft = draft, Removed = removed, Diagnostics = parsed.Diagnostics };
    }

    /// <summary>Guesses the format from a file name, falling back to sniffing the text for HTML tags.</summary>
    public static ImportFormat DetectFormat(string name, string content)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
        {
            return ImportFormat.Html;
        }

        if (extension is ".txt" or ".text" or ".md")
        {
            return ImportFormat.Text;
        }

        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            ? ImportFormat.Html
            : ImportFormat.Text;
    }
}
