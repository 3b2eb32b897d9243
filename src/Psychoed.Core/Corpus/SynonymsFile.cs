namespace Psychoed.Core.Corpus;

/// <summary>
/// Parses <c>synonyms.txt</c> in the Solr format: <c>a, b, c</c> makes the terms equivalent;
/// <c>a, b =&gt; c</c> rewrites the left terms to the right ones; <c>#</c> starts a comment.
/// </summary>
public static class SynonymsFile
{
    /// <summary>Parses the file's text; problems are added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<SynonymGroup> Parse(string path, string text, ICollection<CorpusDiagnostic> diagnostics)
    {
        var groups = new List<SynonymGroup>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var sides = line.Split("=>");
            if (sides.Length > 2)
            {
                diagnostics.Add(new(path, i + 1, DiagnosticSeverity.Error, "a synonym rule may have only one '=>'"));
                continue;
            }

            var left = Terms(sides[0]);
            var right = sides.Length == 2 ? Terms(sides[1]) : null;
            if (left.Count == 0 || (right is not null && right.Count == 0))
            {
                diagnostics.Add(new(path, i + 1, DiagnosticSeverity.Error, "a synonym rule needs terms on both sides of '=>'"));
                continue;
            }

            if (right is null && left.Count < 2)
            {
                diagnostics.Add(new(path, i + 1, DiagnosticSeverity.Error, "a synonym line needs at least two comma-separated terms, or 'a => b'"));
                continue;
            }

            groups.Add(new SynonymGroup(left, right, i + 1));
        }

        return groups;
    }

    private static List<string> Terms(string side) =>
        side.Split(',').Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(t => t.Length > 0).ToList();
}
