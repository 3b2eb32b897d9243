namespace Psychoed.Core.Safety;

/// <summary>Compiles lists of phrase patterns, recording each malformed one as a problem instead of stopping.</summary>
/// <remarks><c>{name}</c> in a pattern is replaced by the file's macro of that name (e.g. a list of drugs).</remarks>
internal sealed class PatternCompiler(TextNormalizer normalizer, List<string> problems)
{
    private IReadOnlyDictionary<string, string> _macros = new Dictionary<string, string>();

    public PatternCompiler WithMacros(IReadOnlyDictionary<string, string> macros)
    {
        _macros = macros;
        return this;
    }

    public IReadOnlyList<PhrasePattern> CompileAll(string where, IEnumerable<string>? sources, PatternAnchor anchor = PatternAnchor.Anywhere)
    {
        var compiled = new List<PhrasePattern>();
        foreach (var source in sources ?? [])
        {
            try
            {
                compiled.Add(PhrasePattern.Compile(Expand(source), normalizer, anchor));
            }
            catch (FormatException ex)
            {
                problems.Add($"{where}: {ex.Message}");
            }
        }

        return compiled;
    }

    private string Expand(string source)
    {
        foreach (var (name, value) in _macros)
        {
            source = source.Replace("{" + name + "}", "(" + value + ")", StringComparison.Ordinal);
        }

        if (source.Contains('{', StringComparison.Ordinal))
        {
            throw new FormatException($"unknown macro in '{source}'");
        }

        return source;
    }
}
