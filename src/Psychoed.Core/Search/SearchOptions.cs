namespace Psychoed.Core.Search;

/// <summary>
/// Tuning and location of the passage index. Bound from configuration by the host; the defaults are the
/// values calibrated on the evaluation set (see <c>psychoed eval</c>).
/// </summary>
public sealed class SearchOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Search";

    /// <summary>The data folder; the index lives in <c>{DataPath}/index</c>.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; set; } = 1.5f;

    /// <summary>BM25 length normalisation.</summary>
    public float B { get; set; } = 0.3f;

    /// <summary>Query-time weight of the article title field.</summary>
    public float TitleBoost { get; set; } = 2.0f;

    /// <summary>Query-time weight of the section heading field.</summary>
    public float SectionBoost { get; set; } = 1.5f;

    /// <summary>Query-time weight of the passage body field.</summary>
    public float BodyBoost { get; set; } = 1.0f;

    /// <summary>Query-time weight of the topics field: a passage's topic tokens, which topic aliases and labels in a question reach.</summary>
    public float TopicsBoost { get; set; } = 1.0f;

    /// <summary>DisjunctionMax tie breaker across fields for one concept.</summary>
    public float FieldTieBreaker { get; set; } = 0.3f;

    /// <summary>Weight of a synonym (synonyms.txt), relative to the typed term.</summary>
    public float SynonymWeight { get; set; } = 1.0f;

    /// <summary>Weight of a topic reached through a topic alias ("worried" to the anxiety topic), relative to the typed term.</summary>
    public float TopicAliasWeight { get; set; } = 1.0f;

    /// <summary>Weight of a spelling correction, relative to a typed term.</summary>
    public float CorrectionWeight { get; set; } = 0.6f;

    /// <summary>At most this many concepts (typed words with their synonyms) make the query; the most informative win.</summary>
    public int MaxConcepts { get; set; } = 12;

    /// <summary>Only the first this many characters of a message are analysed.</summary>
    public int MaxQueryChars { get; set; } = 4000;

    /// <summary>How many passages are returned.</summary>
    public int MaxHits { get; set; } = 10;

    /// <summary>At most this many passages of one article among the hits, so the ranking shows several articles.</summary>
    public int MaxPassagesPerArticle { get; set; } = 2;

    /// <summary>
    /// How many articles (best whole-article scores) have their passages scored; only those passages can
    /// be hits. Passage search looks inside the articles that cover the question instead of scanning
    /// every passage.
    /// </summary>
    public int CandidateArticles { get; set; } = 20;

    /// <summary>How many passages are scored before article evidence re-ranks them, when article evidence is off.</summary>
    public int CandidatePassages { get; set; } = 50;

    /// <summary>
    /// How much the other matching passages of the same article add to a passage's score: an article that
    /// answers the question in several places is more likely the right one than a single stray passage.
    /// </summary>
    public float ArticleWeight { get; set; } = 0.3f;

    /// <summary>
    /// How much the article's whole-text score (the same question over the whole article) adds to each of
    /// its passages: the article that covers the question best lends its passages its weight. 0 turns it off.
    /// </summary>
    public float ArticleScoreWeight { get; set; } = 3f;

    /// <summary>How many times an article's main topic is repeated in the topics field (weighting it over the others).</summary>
    public int MainTopicRepeat { get; set; } = 3;

    /// <summary>
    /// Without a curated-vocabulary match, the share of the question's information (IDF-weighted
    /// concepts) the best passage must match for the corpus to count as answering it.
    /// </summary>
    public float MinCoverage { get; set; } = 0.3f;

    /// <summary>
    /// Without a curated-vocabulary match, the message must have at least this many concepts: a short
    /// message with no mental-health word is out of scope however well its words match.
    /// </summary>
    public int MinConceptsWithoutDomain { get; set; } = 5;

    /// <summary>Without a curated-vocabulary match, the best passage's score must reach this too.</summary>
    public float MinScore { get; set; } = 10f;

    /// <summary>When the question uses a curated-vocabulary word (topic, alias, synonym), the share of the question the best passage must match.</summary>
    public float MinDomainCoverage { get; set; } = 0.1f;

    /// <summary>
    /// An answer whose best passage matches less than this share of the question is served but
    /// flagged as low confidence, so staff see it with the unanswered questions.
    /// </summary>
    public float LowConfidenceCoverage { get; set; } = 0.3f;

    /// <summary>How BM25 and dense (embedding) rankings are combined when the index has passage vectors.</summary>
    public FusionMethod Fusion { get; set; } = FusionMethod.Weighted;

    /// <summary>
    /// Weighted fusion: the share of a passage's fused score that comes from its dense similarity; the
    /// rest is its BM25 score divided by the best BM25 score of the question. 1 is dense only, 0 BM25 only.
    /// </summary>
    public float DenseWeight { get; set; } = 0.4f;

    /// <summary>
    /// Weighted fusion: the dense weight for narrative messages (longer than <see cref="NarrativeWords"/>),
    /// whose everyday wording BM25 matches poorly; a negative value uses <see cref="DenseWeight"/>.
    /// </summary>
    public float NarrativeDenseWeight { get; set; } = 0.85f;

    /// <summary>
    /// Weighted fusion: a BM25 score s counts as s / (s + this), so a weak lexical match adds little
    /// however it ranks; 0 divides by the question's best BM25 score instead.
    /// </summary>
    public float Bm25Saturation { get; set; } = 40f;

    /// <summary>Reciprocal rank fusion: the rank offset k in 1/(k + rank).</summary>
    public int RrfK { get; set; } = 20;

    /// <summary>How many passages of the dense ranking join the BM25 candidates before fusion.</summary>
    public int DenseCandidates { get; set; } = 50;

    /// <summary>
    /// The dense similarity of the best passage at or above which the corpus answers a message even when
    /// the lexical evidence is weak: real messages describe a concern in words no article uses.
    /// </summary>
    public float MinDenseSimilarity { get; set; } = 0.4f;

    /// <summary>
    /// Below <see cref="MinDenseSimilarity"/> but at or above this, the corpus does not answer yet has
    /// related articles: <see cref="SearchResult.OfferNearest"/> tells the caller to offer them with a
    /// question back instead of saying the topic is not covered.
    /// </summary>
    public float NearestDenseSimilarity { get; set; } = 0.25f;

    /// <summary>
    /// Messages longer than this many words are narratives: the BM25 query is built from the sentences
    /// that carry the question or concern, without greetings and story filler. 0 turns it off.
    /// </summary>
    public int NarrativeWords { get; set; } = 40;

    /// <summary>Which stemmer the analyzer uses.</summary>
    public StemmerKind Stemmer { get; set; } = StemmerKind.KStem;

    /// <summary>Copies these options.</summary>
    public SearchOptions Clone() => (SearchOptions)MemberwiseClone();

    /// <summary>The index folder under <see cref="DataPath"/>.</summary>
    public string IndexPath => Path.Combine(DataPath, "index");
}
