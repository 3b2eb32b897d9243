namespace Psychoed.Core.Corpus;

/// <summary>One H2 or H3 section of an article body, as plain text paragraphs.</summary>
/// <param name="Heading">The section heading, without the leading hashes.</param>
/// <param name="Level">2 for H2, 3 for H3.</param>
/// <param name="Paragraphs">The section's paragraphs and list items as plain text (Markdown removed).</param>
/// <param name="Line">1-based line of the heading in the file, for diagnostics.</param>
public sealed record ArticleSection(string Heading, int Level, IReadOnlyList<string> Paragraphs, int Line)
{
    /// <summary>The section's text, paragraphs joined by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}
