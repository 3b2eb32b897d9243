namespace Psychoed.Core.Corpus;

/// <summary>What the parser made of one file: the article (null when unusable), its links and diagnostics.</summary>
public sealed record ParsedArticle(
    string Path,
    Article? Article,
    IReadOnlyList<ArticleLink> Links,
    IReadOnlyList<CorpusDiagnostic> Diagnostics,
    int IdLine,
    int LastReviewedLine)
{
    /// <summary>True when the parser found an error in this file.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
