namespace Psychoed.Core.Search;

/// <summary>A term that stands for a concept without being typed: a synonym, an alias or a spelling correction.</summary>
internal readonly record struct QueryAlternative(string Term, float Weight, bool IsCorrection);
