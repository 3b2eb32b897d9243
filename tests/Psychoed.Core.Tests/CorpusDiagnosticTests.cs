using Psychoed.Core.Corpus;

namespace Psychoed.Core.Tests;

public sealed class CorpusDiagnosticTests
{
    [Fact]
    public void A_diagnostic_formats_as_path_line_message()
    {
        var diagnostic = new CorpusDiagnostic("articles/a.md", 3, DiagnosticSeverity.Error, "missing title");

        Assert.Equal("articles/a.md:3: error: missing title", diagnostic.ToString());
    }
}
