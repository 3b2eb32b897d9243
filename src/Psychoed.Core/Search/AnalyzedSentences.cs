namespace Psychoed.Core.Search;

/// <summary>A passage split into sentences, each with the terms the analyzer gives it (synonyms included).</summary>
internal sealed class AnalyzedSentences
{
    private AnalyzedSentences(IReadOnlyList<string> sentences, IReadOnlyList<IReadOnlySet<string>> terms)
    {
        Sentences = sentences;
        Terms = terms;
    }

    public IReadOnlyList<string> Sentences { get; }

    /// <summary>The terms of each sentence, in the order of <see cref="Sentences"/>.</summary>
    public IReadOnlyList<IReadOnlySet<string>> Terms { get; }

    public static AnalyzedSentences Of(string passageText, PsychoedAnalyzer analyzer)
    {
        var sentences = passageText.Split('\n').SelectMany(SentenceSplitter.Split).ToList();
        var terms = sentences.Select(s => (IReadOnlySet<string>)analyzer.Terms(s).ToHashSet(StringComparer.Ordinal)).ToList();
        return new AnalyzedSentences(sentences, terms);
    }
}
