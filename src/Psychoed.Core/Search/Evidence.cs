namespace Psychoed.Core.Search;

/// <summary>How well the best passage covers the question.</summary>
/// <param name="Coverage">Share of the query's IDF weight the best passage matches, 0-1.</param>
/// <param name="MatchedWeight">IDF weight matched, summed over concepts.</param>
/// <param name="TotalWeight">IDF weight of the question's concepts.</param>
/// <param name="MatchedConcepts">How many concepts the best passage matches.</param>
/// <param name="Concepts">How many concepts the question has.</param>
/// <param name="HasDomainTerm">Whether the question uses a word of the curated vocabulary (topics, aliases, synonyms) that the corpus knows.</param>
/// <param name="TopScore">The best passage's BM25 score.</param>
/// <param name="DenseSimilarity">The cosine similarity of the best passage's embedding to the message's, -1 to 1; null when the search was BM25 only.</param>
public sealed record Evidence(
    float Coverage, float MatchedWeight, float TotalWeight, int MatchedConcepts, int Concepts, bool HasDomainTerm = false, float TopScore = 0, float? DenseSimilarity = null)
{
    /// <summary>No evidence at all.</summary>
    public static readonly Evidence None = new(0, 0, 0, 0, 0);

    /// <inheritdoc />
    public override string ToString() =>
        $"coverage {Coverage:0.00}, {MatchedConcepts}/{Concepts} concepts, {(HasDomainTerm ? "domain term" : "no domain term")}, score {TopScore:0.0}{(DenseSimilarity is { } dense ? $", dense {dense:0.00}" : "")}";
}
