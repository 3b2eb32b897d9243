namespace Psychoed.Core.Corpus;

/// <summary>A reputable source an article's facts come from.</summary>
public sealed record SourceLink(string Title, string Url);
