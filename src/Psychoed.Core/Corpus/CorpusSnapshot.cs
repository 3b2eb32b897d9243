namespace Psychoed.Core.Corpus;

/// <summary>
/// Everything loaded from a corpus folder at one moment: articles (all statuses), topics, synonyms,
/// the diagnostics found, and a hash of the content so an index can tell whether it is stale.
/// </summary>
public sealed record CorpusSnapshot
{
    /// <summary>The corpus root folder.</summary>
    public required string Root { get; init; }

    /// <summary>Every article that parsed and validated without errors, all statuses.</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>The controlled topic list.</summary>
    public required IReadOnlyList<Topic> Topics { get; init; }

    /// <summary>Synonym rules for the analyzer.</summary>
    public required IReadOnlyList<SynonymGroup> Synonyms { get; init; }

    /// <summary>Errors and warnings found while loading.</summary>
    public required IReadOnlyList<CorpusDiagnostic> Diagnostics { get; init; }

    /// <summary>SHA-256 over the paths and bytes of every corpus file, hex.</summary>
    public required string ContentHash { get; init; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The published articles, the only ones that are served.</summary>
    public IEnumerable<Article> Published => Articles.Where(a => a.Status == ArticleStatus.Published);
}
