namespace Psychoed.Core.Corpus;

/// <summary>A problem found in a corpus file, located by path and line.</summary>
public sealed record CorpusDiagnostic(string Path, int Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Formats as <c>path:line: error: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
