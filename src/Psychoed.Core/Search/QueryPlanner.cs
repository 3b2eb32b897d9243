using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Psychoed.Core.Search;

/// <summary>
/// Builds a Lucene query from a person's message without ever parsing it as query syntax: the message
/// is analysed, grouped into concepts (a typed word with its synonyms), unknown words get a spelling
/// correction where one is close, the most informative concepts are kept, and each becomes a
/// DisjunctionMax over the fields with their boosts.
/// </summary>
internal sealed class QueryPlanner
{
    private readonly IndexReader _reader;
    private readonly PsychoedAnalyzer _analyzer;
    private readonly SpellingVocabulary _vocabulary;
    private readonly SearchOptions _options;
    private readonly string[] _fields;

    // Boosts per field of _fields, for passages and for the whole-article documents.
    private readonly float[] _passageBoosts;
    private readonly float[] _articleBoosts;
    private readonly int _docCount;

    // Terms enumerators are costly to create; questions pass them on (see TermLookup).
    private readonly ConcurrentBag<TermsEnum?[,]> _enumerators = [];

    public QueryPlanner(IndexReader reader, PsychoedAnalyzer analyzer, SpellingVocabulary vocabulary, SearchOptions options)
    {
        _reader = reader;
        _analyzer = analyzer;
        _vocabulary = vocabulary;
        _options = options;
        _docCount = Math.Max(reader.NumDocs, 1);
        _fields = [PassageFields.Title, PassageFields.Section, PassageFields.Body, PassageFields.TopicKeys, PassageFields.Article, PassageFields.ArticleTopicKeys];
        _passageBoosts = [options.TitleBoost, options.SectionBoost, options.BodyBoost, options.TopicsBoost, 0, 0];
        _articleBoosts = [0, 0, 0, 0, 1, 1];
    }

    /// <summary>The passage fields a hit's matched terms are looked for in, as indexes of the lookup's fields.</summary>
    public static readonly int[] PassageFieldIndexes = [0, 1, 2, 3];

    public QueryPlan Plan(string? text)
    {
        text ??= "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return QueryPlan.Empty(text, "empty message");
        }

        var analysed = text.Length > _options.MaxQueryChars ? Truncate(text, _options.MaxQueryChars) : text;
        var tokens = AnalyzedToken.Read(_analyzer, analysed, PsychoedAnalyzer.QueryField);
        var concepts = Group(tokens);
        if (concepts.Count == 0)
        {
            return QueryPlan.Empty(text, "no searchable words");
        }

        var lookup = new TermLookup(_reader, _fields, _enumerators);
        foreach (var concept in concepts)
        {
            Weigh(concept, analysed, tokens, lookup);
        }

        var kept = concepts
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.Typed.FirstOrDefault(), StringComparer.Ordinal)
            .Take(_options.MaxConcepts)
            .ToList();
        var query = new BooleanQuery();
        var articleQuery = new BooleanQuery();
        foreach (var concept in kept.Where(c => c.Known))
        {
            if (ConceptQuery(concept, _passageBoosts, lookup) is { } passageClause)
            {
                query.Add(passageClause, Occur.SHOULD);
            }

            if (_options.ArticleScoreWeight > 0 && ConceptQuery(concept, _articleBoosts, lookup) is { } articleClause)
            {
                articleQuery.Add(articleClause, Occur.SHOULD);
            }
        }

        var terms = kept.SelectMany(c => c.AllTerms).ToHashSet(StringComparer.Ordinal);
        return query.Clauses.Count == 0
            ? new QueryPlan { Text = text, Concepts = kept, Terms = terms, EmptyReason = "no word of the message is in the articles" }
            : new QueryPlan { Text = text, Concepts = kept, Terms = terms, Query = query, ArticleQuery = articleQuery.Clauses.Count == 0 ? null : articleQuery, Lookup = lookup };
    }

    private float Idf(int docFreq) => (float)Math.Log(1 + ((_docCount - docFreq + 0.5) / (docFreq + 0.5)));

    // Typed tokens start concepts; a synonym joins the concept at its position and, for a multi-word
    // match ("can't breathe from fear"), absorbs the typed words it spans.
    private static List<QueryConcept> Group(List<AnalyzedToken> tokens)
    {
        var byPosition = new SortedDictionary<int, QueryConcept>();
        foreach (var token in tokens.Where(t => !t.IsSynonym && t.Term.Length > 1))
        {
            if (!byPosition.TryGetValue(token.Position, out var concept))
            {
                concept = new QueryConcept();
                byPosition[token.Position] = concept;
            }

            AddDistinct(concept.Typed, token.Term);
        }

        foreach (var token in tokens.Where(t => t.IsSynonym))
        {
            if (!byPosition.TryGetValue(token.Position, out var concept))
            {
                // A one-way rule replaced the typed words ("special k" => ketamine): the target stands for them.
                concept = new QueryConcept();
                concept.Typed.Add(token.Term);
                byPosition[token.Position] = concept;
                continue;
            }

            if (!concept.Typed.Contains(token.Term) && !concept.Alternatives.Any(a => a.Term == token.Term))
            {
                concept.Alternatives.Add(new QueryAlternative(token.Term, 1f, false));
            }

            foreach (var position in byPosition.Keys.Where(p => p > token.Position).Take(token.PositionLength - 1).ToList())
            {
                var absorbed = byPosition[position];
                if (ReferenceEquals(absorbed, concept))
                {
                    continue;
                }

                absorbed.Typed.ForEach(t => AddDistinct(concept.Typed, t));
                absorbed.Alternatives.Where(a => !concept.Alternatives.Contains(a)).ToList().ForEach(concept.Alternatives.Add);
                foreach (var key in byPosition.Where(kv => ReferenceEquals(kv.Value, absorbed)).Select(kv => kv.Key).ToList())
                {
                    byPosition[key] = concept;
                }
            }
        }

        // The same word typed twice is one concept.
        return byPosition.Values.Distinct()
            .GroupBy(c => string.Join(' ', c.Typed.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
    }

    private void Weigh(QueryConcept concept, string text, List<AnalyzedToken> tokens, TermLookup lookup)
    {
        var weight = 0f;
        foreach (var term in concept.Typed)
        {
            var docFreq = lookup.DocFreq(term);
            var idf = Idf(docFreq);
            concept.TypedIdf[term] = idf;
            weight = Math.Max(weight, idf);
            concept.Known |= docFreq > 0;
        }

        for (var i = 0; i < concept.Alternatives.Count; i++)
        {
            var term = concept.Alternatives[i].Term;
            var alternativeWeight = TopicKeys.IsKey(term) ? _options.TopicAliasWeight : _options.SynonymWeight;
            concept.Alternatives[i] = concept.Alternatives[i] with { Weight = alternativeWeight };
            concept.Known |= lookup.DocFreq(term) > 0;
        }

        concept.Weight = weight;
        if (!concept.Known)
        {
            Correct(concept, text, tokens, lookup);
        }

        concept.IsDomain = concept.Alternatives.Any(a => !a.IsCorrection)
            || concept.AllTerms.Any(t => TopicKeys.IsKey(t) || _analyzer.DomainTerms.Contains(t));
    }

    private void Correct(QueryConcept concept, string text, List<AnalyzedToken> tokens, TermLookup lookup)
    {
        var token = tokens.FirstOrDefault(t => !t.IsSynonym && concept.Typed.Contains(t.Term));
        if (token.Term is null || token.EndOffset > text.Length || token.EndOffset <= token.StartOffset)
        {
            return;
        }

        var typed = text[token.StartOffset..token.EndOffset].ToLowerInvariant().Replace("'", "").Replace("\u2019", "");
        var correction = _vocabulary.Correct(typed);
        if (correction is null)
        {
            return;
        }

        foreach (var term in _analyzer.QueryTerms(correction).Distinct())
        {
            if (lookup.DocFreq(term) > 0 && !concept.Alternatives.Any(a => a.Term == term))
            {
                concept.Alternatives.Add(new QueryAlternative(term, _options.CorrectionWeight, true));
                concept.Known = true;
                concept.Corrected = true;
            }
        }
    }

    private Query? ConceptQuery(QueryConcept concept, float[] fields, TermLookup lookup)
    {
        var alternatives = new DisjunctionMaxQuery(0.1f);
        var typed = concept.Typed.Where(t => lookup.DocFreq(t) > 0).ToList();
        if (typed.Count == 1)
        {
            AddTo(alternatives, TermQuery(typed[0], 1f, fields, lookup));
        }
        else if (typed.Count > 1)
        {
            var all = new BooleanQuery();
            foreach (var query in typed.Select(t => TermQuery(t, 1f, fields, lookup)).OfType<Query>())
            {
                all.Add(query, Occur.SHOULD);
            }

            AddTo(alternatives, all.Clauses.Count > 0 ? all : null);
        }

        foreach (var (term, weight, _) in concept.Alternatives.Where(a => lookup.DocFreq(a.Term) > 0))
        {
            AddTo(alternatives, TermQuery(term, weight, fields, lookup));
        }

        return alternatives.Disjuncts.Count > 0 ? alternatives : null;
    }

    private static void AddTo(DisjunctionMaxQuery disjunction, Query? query)
    {
        if (query is not null)
        {
            disjunction.Add(query);
        }
    }

    // One term across the fields: the best field counts, the others add a little (tie breaker). The
    // term states found while planning go with each TermQuery, so its scorer does not seek again.
    private Query? TermQuery(string term, float weight, float[] boosts, TermLookup lookup)
    {
        var fields = new DisjunctionMaxQuery(_options.FieldTieBreaker) { Boost = weight };
        var contexts = lookup.Contexts(term);
        for (var i = 0; i < _fields.Length; i++)
        {
            if (boosts[i] > 0 && contexts[i] is { } context)
            {
                fields.Add(new TermQuery(new Term(_fields[i], term), context) { Boost = boosts[i] });
            }
        }

        return fields.Disjuncts.Count > 0 ? fields : null;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static string Truncate(string text, int max)
    {
        var cut = text.LastIndexOf(' ', max - 1, Math.Min(max, 200));
        cut = cut > 0 ? cut : max;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }
}
