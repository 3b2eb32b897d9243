using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Search;

/// <summary>
/// The one analyzer used to index passages and to analyse questions: English tokens, possessives,
/// lower case, apostrophes folded, stop words, stemming, then the corpus synonyms and topic aliases.
/// Synonyms run after stemming, on rules analysed by the same chain, so "worrying" and "worried" both
/// reach an alias written as "worried".
/// </summary>
public sealed class PsychoedAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopSet = new(Version, StopWords.English, ignoreCase: true);

    private readonly SynonymMap? _synonyms;
    private readonly StemmerKind _stemmer;

    private PsychoedAnalyzer(SynonymMap? synonyms, StemmerKind stemmer)
    {
        _synonyms = synonyms;
        _stemmer = stemmer;
    }

    /// <summary>The analyzer for a corpus: its synonyms and topic aliases become synonym rules.</summary>
    public static PsychoedAnalyzer Create(CorpusSnapshot snapshot, StemmerKind stemmer = StemmerKind.Porter) =>
        Create(snapshot.Synonyms, snapshot.Topics, stemmer);

    /// <summary>The analyzer for these synonym groups and topics.</summary>
    public static PsychoedAnalyzer Create(
        IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<Topic> topics, StemmerKind stemmer = StemmerKind.Porter)
    {
        using var plain = new PsychoedAnalyzer(null, stemmer);
        var map = SynonymRules.Build(plain, synonyms, topics);
        return new PsychoedAnalyzer(map, stemmer);
    }

    /// <summary>An analyzer without synonyms (used to analyse the synonym rules themselves).</summary>
    internal static PsychoedAnalyzer WithoutSynonyms(StemmerKind stemmer) => new(null, stemmer);

    /// <summary>The terms this analyzer produces for <paramref name="text"/>, in order, synonyms included.</summary>
    public IReadOnlyList<string> Terms(string text) => AnalyzedToken.Read(this, text).Select(t => t.Term).ToList();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ApostropheFilter(stream);
        stream = new StopFilter(Version, stream, StopSet);
        stream = _stemmer == StemmerKind.KStem ? new KStemFilter(stream) : new PorterStemFilter(stream);
        if (_synonyms is not null && _synonyms.Fst is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(source, stream);
    }
}
