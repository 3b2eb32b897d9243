using Psychoed.Core.Corpus;

namespace Psychoed.Core.Editing;

/// <summary>An article file as it is on disk now: where, its text, its version and what the parser made of it.</summary>
public sealed record StoredArticle(string Id, string RelativePath, string FullPath, string Text, string Version, ParsedArticle? Parsed)
{
    /// <summary>The status in its front matter, or null when the file does not parse.</summary>
    public ArticleStatus? Status => Parsed?.Article?.Status;
}
