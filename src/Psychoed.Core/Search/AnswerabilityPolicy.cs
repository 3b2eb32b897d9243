namespace Psychoed.Core.Search;

/// <summary>
/// Decides whether the best passage answers the question. Either the question uses a word of the
/// curated vocabulary (a topic, alias or synonym: out-of-scope messages almost never use one) and the
/// passage matches a little of it, or, without one, the message is long enough to describe an experience in everyday
/// words and the passage matches a good share of its information (IDF-weighted concepts, unknown words
/// counting against it) with a solid score. A short message without a single mental-health word
/// ("how do i get rid of a sore throat") is not covered even when a passage happens to share its words.
/// With passage embeddings, a best passage close enough in meaning (<see cref="SearchOptions.MinDenseSimilarity"/>)
/// answers too: real people describe a concern in words no article uses.
/// </summary>
internal static class AnswerabilityPolicy
{
    public static Evidence Assess(QueryPlan plan, IReadOnlySet<string> matched, float topScore, SearchOptions options)
    {
        float total = 0, covered = 0;
        var matchedConcepts = 0;
        var domain = false;
        foreach (var concept in plan.Concepts)
        {
            total += concept.Weight;
            var share = Share(concept, matched, options);
            covered += concept.Weight * share;
            matchedConcepts += share > 0 ? 1 : 0;
            domain |= concept.IsDomain && concept.Known;
        }

        var coverage = total > 0 ? covered / total : 0;
        return new Evidence(coverage, covered, total, matchedConcepts, plan.Concepts.Count, domain, topScore);
    }

    public static bool IsAnswerable(Evidence evidence, SearchOptions options) =>
        evidence.DenseSimilarity >= options.MinDenseSimilarity || IsLexicallyAnswerable(evidence, options);

    /// <summary>An answer whose best passage matches little of the question's words, and is not close in meaning either.</summary>
    public static bool IsLowConfidence(Evidence evidence, SearchOptions options) =>
        evidence.Coverage < options.LowConfidenceCoverage && !(evidence.DenseSimilarity >= options.MinDenseSimilarity);

    private static bool IsLexicallyAnswerable(Evidence evidence, SearchOptions options) =>
        evidence.HasDomainTerm
            ? evidence.Coverage >= options.MinDomainCoverage
            : evidence.Concepts >= options.MinConceptsWithoutDomain && evidence.Coverage >= options.MinCoverage && evidence.TopScore >= options.MinScore;

    // A synonym or alias match covers the whole concept; typed words cover their share; a spelling
    // correction is less certain than what was typed.
    private static float Share(QueryConcept concept, IReadOnlySet<string> matched, SearchOptions options)
    {
        var best = 0f;
        foreach (var alternative in concept.Alternatives)
        {
            if (matched.Contains(alternative.Term))
            {
                best = Math.Max(best, alternative.IsCorrection ? options.CorrectionWeight : 1f);
            }
        }

        float typedTotal = 0, typedMatched = 0;
        foreach (var term in concept.Typed)
        {
            var idf = concept.TypedIdf.GetValueOrDefault(term);
            typedTotal += idf;
            typedMatched += matched.Contains(term) ? idf : 0;
        }

        return Math.Max(best, typedTotal > 0 ? typedMatched / typedTotal : 0);
    }
}
