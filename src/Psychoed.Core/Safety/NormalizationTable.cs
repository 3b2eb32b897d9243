namespace Psychoed.Core.Safety;

/// <summary>The data behind <see cref="TextNormalizer"/>, from <c>corpus/safety/rules.yaml</c>.</summary>
public sealed record NormalizationTable
{
    /// <summary>Whole contractions with an apostrophe, e.g. <c>can't</c> to <c>can not</c>.</summary>
    public IReadOnlyDictionary<string, string> Contractions { get; init; } = new Dictionary<string, string>();

    /// <summary>Single words to rewrite: misspellings, slang, apostrophe-less contractions (<c>kms</c>, <c>sucide</c>, <c>dont</c>).</summary>
    public IReadOnlyDictionary<string, string> Words { get; init; } = new Dictionary<string, string>();

    /// <summary>Multi-word phrases to rewrite (<c>sewer slide</c> to <c>suicide</c>).</summary>
    public IReadOnlyDictionary<string, string> Phrases { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that start a new clause (<c>but</c>), so a negation before them does not reach past them.</summary>
    public IReadOnlyList<string> ClauseWords { get; init; } = [];

    /// <summary>Words that spaced-out letters may be split back into ("i w a n t t o d i e"); "i" and "a" are always known.</summary>
    public IReadOnlySet<string> Vocabulary { get; init; } = new HashSet<string>();

    /// <summary>Leetspeak characters and the letters they stand for, used only inside words that have letters.</summary>
    public IReadOnlyDictionary<char, char> Leet { get; init; } = new Dictionary<char, char>
    {
        ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't', ['@'] = 'a', ['$'] = 's', ['!'] = 'i',
    };
}
