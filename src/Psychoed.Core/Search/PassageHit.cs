namespace Psychoed.Core.Search;

/// <summary>A ranked passage with its score and the query terms it matched.</summary>
public sealed record PassageHit(Passage Passage, float Score, IReadOnlyList<string> MatchedTerms);
