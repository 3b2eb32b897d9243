using Psychoed.Core.Corpus;

namespace Psychoed.Core.Import;

/// <summary>What an import produced: the draft, what was removed, and the parser's verdict on it.</summary>
public sealed record ImportResult
{
    /// <summary>The draft article.</summary>
    public required DraftArticle Draft { get; init; }

    /// <summary>Boilerplate left out, in page order.</summary>
    public required IReadOnlyList<RemovedContent> Removed { get; init; }

    /// <summary>What the article parser says about the draft; it should have no errors.</summary>
    public required IReadOnlyList<CorpusDiagnostic> Diagnostics { get; init; }

    /// <summary>True when the draft parses without errors.</summary>
    public bool Parses => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
