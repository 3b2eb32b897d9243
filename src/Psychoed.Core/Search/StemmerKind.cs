namespace Psychoed.Core.Search;

/// <summary>The English stemmer of the analyzer.</summary>
public enum StemmerKind
{
    /// <summary>Porter: aggressive, folds more variants together.</summary>
    Porter,

    /// <summary>KStem: dictionary-based, conservative.</summary>
    KStem,
}
