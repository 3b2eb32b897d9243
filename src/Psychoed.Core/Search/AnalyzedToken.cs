using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Psychoed.Core.Search;

/// <summary>One token out of the analyzer, with where it sits and whether a synonym rule injected it.</summary>
internal readonly record struct AnalyzedToken(
    string Term, int Position, int PositionLength, bool IsSynonym, int StartOffset = 0, int EndOffset = 0)
{
    private const string SynonymType = "SYNONYM";

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> and collects the tokens.</summary>
    public static List<AnalyzedToken> Read(Analyzer analyzer, string text, string field = PassageFields.Body)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(
                term.ToString(),
                Math.Max(position, 0),
                Math.Max(length.PositionLength, 1),
                type.Type == SynonymType,
                offset.StartOffset,
                offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
