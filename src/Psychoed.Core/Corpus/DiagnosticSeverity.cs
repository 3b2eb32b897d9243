namespace Psychoed.Core.Corpus;

/// <summary>How serious a corpus diagnostic is: errors block serving, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth a look; does not block.</summary>
    Warning,

    /// <summary>The file cannot be served as it is.</summary>
    Error,
}
