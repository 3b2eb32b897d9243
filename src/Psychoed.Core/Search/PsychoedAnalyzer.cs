using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
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
/// lower case, apostrophes folded, stemming, the corpus synonyms and topic aliases, then stop words.
/// Synonyms run after stemming, on rules analysed by the same chain, so "worrying" and "worried" both
/// reach an alias written as "worried"; stop words go last so a rule such as "feeling down" keeps
/// its "down" (the stop list is stemmed too, since it runs on stems).
/// </summary>
public sealed class PsychoedAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet PorterStopSet = StemmedStopSet(StemmerKind.Porter);
    private static readonly CharArraySet KStemStopSet = StemmedStopSet(StemmerKind.KStem);

    private readonly SynonymMap? _synonyms;
    private readonly SynonymMap? _querySynonyms;
    private readonly StemmerKind _stemmer;
    private readonly bool _removeStopWords;

    // Per-field reuse: questions (QueryField) and article text get different synonym rules, so one
    // field's cached token stream must never serve the other.
    private PsychoedAnalyzer(SynonymMap? synonyms, SynonymMap? querySynonyms, StemmerKind stemmer, bool removeStopWords = true)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _synonyms = synonyms;
        _querySynonyms = querySynonyms;
        _stemmer = stemmer;
        _removeStopWords = removeStopWords;
    }

    /// <summary>
    /// The field name to analyse a question with: the same chain, with the topic aliases added to the
    /// synonym rules (aliases expand questions, not article text).
    /// </summary>
    public const string QueryField = "query";

    /// <summary>The analyzer for a corpus: its synonyms and topic aliases become synonym rules.</summary>
    public static PsychoedAnalyzer Create(CorpusSnapshot snapshot, StemmerKind stemmer = StemmerKind.Porter) =>
        Create(snapshot.Synonyms, snapshot.Topics, stemmer);

    /// <summary>The analyzer for these synonym groups and topics.</summary>
    public static PsychoedAnalyzer Create(
        IReadOnlyList<SynonymGroup> synonyms, IReadOnlyList<Topic> topics, StemmerKind stemmer = StemmerKind.Porter)
    {
        // Rules see the stream as the synonym filter does: stemmed, stop words still in.
        using var plain = new PsychoedAnalyzer(null, null, stemmer, removeStopWords: false);
        var stopWords = stemmer == StemmerKind.KStem ? KStemStopSet : PorterStopSet;
        var indexMap = SynonymRules.Build(plain, synonyms, topics, stopWords, withAliases: false);
        var topicTerms = new HashSet<string>(StringComparer.Ordinal);
        var domainTerms = new HashSet<string>(StringComparer.Ordinal);
        var queryMap = SynonymRules.Build(plain, synonyms, topics, stopWords, withAliases: true, topicTerms, domainTerms);
        domainTerms.UnionWith(topicTerms);
        domainTerms.ExceptWith(domainTerms.Where(stopWords.Contains).ToList());
        return new PsychoedAnalyzer(indexMap, queryMap, stemmer) { TopicTerms = topicTerms, DomainTerms = domainTerms };
    }

    /// <summary>The search term of each topic ("anxieti", "substanc_us"), which aliases in questions expand to.</summary>
    public IReadOnlySet<string> TopicTerms { get; private init; } = new HashSet<string>();

    /// <summary>The curated vocabulary: topic terms and the one-word terms of the synonym rules.</summary>
    public IReadOnlySet<string> DomainTerms { get; private init; } = new HashSet<string>();

    /// <summary>The terms this analyzer produces for article text, in order, synonyms included.</summary>
    public IReadOnlyList<string> Terms(string text) => AnalyzedToken.Read(this, text).Select(t => t.Term).ToList();

    /// <summary>The terms this analyzer produces for a question, in order, synonyms and topic aliases included.</summary>
    public IReadOnlyList<string> QueryTerms(string text) => AnalyzedToken.Read(this, text, QueryField).Select(t => t.Term).ToList();

    // Articles write "{crisis_line}" where the reader's own number goes; the index reads plain words
    // ("crisis line") there, never an odd "crisis_line" token.
    private static readonly NormalizeCharMap PlaceholderWords = BuildPlaceholderWords();

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(PlaceholderWords, reader);

    private static NormalizeCharMap BuildPlaceholderWords()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (placeholder, words) in Answers.RegionPlaceholders.IndexWords)
        {
            builder.Add(placeholder, " " + words + " ");
        }

        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ApostropheFilter(stream);
        stream = Stem(stream, _stemmer);
        var synonyms = fieldName == QueryField ? _querySynonyms : _synonyms;
        if (synonyms?.Fst is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        }

        if (_removeStopWords)
        {
            stream = new StopFilter(Version, stream, _stemmer == StemmerKind.KStem ? KStemStopSet : PorterStopSet);
        }

        return new TokenStreamComponents(source, stream);
    }

    private static TokenStream Stem(TokenStream stream, StemmerKind stemmer) =>
        stemmer == StemmerKind.KStem ? new KStemFilter(stream) : new PorterStemFilter(stream);

    // The stop words and their stems ("was" is "wa" once stemmed), since the filter runs on stems.
    private static CharArraySet StemmedStopSet(StemmerKind stemmer)
    {
        var words = new HashSet<string>(StopWords.English, StringComparer.Ordinal);
        using var stemming = new StemOnly(stemmer);
        foreach (var word in StopWords.English)
        {
            using var stream = stemming.GetTokenStream("", word);
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(term.ToString());
            }

            stream.End();
        }

        return new CharArraySet(Version, words, ignoreCase: false);
    }

    private sealed class StemOnly(StemmerKind stemmer) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new Lucene.Net.Analysis.Core.KeywordTokenizer(reader);
            return new TokenStreamComponents(source, Stem(new LowerCaseFilter(Version, source), stemmer));
        }
    }
}
