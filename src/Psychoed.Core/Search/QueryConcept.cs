namespace Psychoed.Core.Search;

/// <summary>
/// One idea of the question: the analysed term(s) the person typed (several for a multi-word synonym
/// such as "post traumatic stress disorder"), plus the terms that mean the same (synonyms, topic
/// aliases, a spelling correction). Its weight is the IDF of its most informative typed term.
/// </summary>
internal sealed class QueryConcept
{
    public List<string> Typed { get; } = [];

    public List<QueryAlternative> Alternatives { get; } = [];

    /// <summary>IDF of the typed terms; unknown ones count as the rarest possible term.</summary>
    public Dictionary<string, float> TypedIdf { get; } = [];

    public float Weight { get; set; }

    /// <summary>Whether any of its terms exists in the index.</summary>
    public bool Known { get; set; }

    /// <summary>
    /// True when the concept is in the curated vocabulary: a topic term, or a word with a synonym or a
    /// topic alias. Out-of-scope messages almost never contain one.
    /// </summary>
    public bool IsDomain { get; set; }

    /// <summary>True when the only way it matches is through a spelling correction.</summary>
    public bool Corrected { get; set; }

    public IEnumerable<string> AllTerms => Typed.Concat(Alternatives.Select(a => a.Term));

    public override string ToString() =>
        Alternatives.Count == 0 ? string.Join(' ', Typed) : $"{string.Join(' ', Typed)} ({string.Join(", ", Alternatives.Select(a => a.Term))})";
}
