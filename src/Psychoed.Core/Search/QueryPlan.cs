using Lucene.Net.Search;

namespace Psychoed.Core.Search;

/// <summary>What a question became: its informative concepts and the Lucene query built from them.</summary>
internal sealed class QueryPlan
{
    public required string Text { get; init; }

    /// <summary>The concepts kept, most informative first (empty when nothing searchable remains).</summary>
    public IReadOnlyList<QueryConcept> Concepts { get; init; } = [];

    /// <summary>Null when there is nothing to search for; see <see cref="EmptyReason"/>.</summary>
    public Query? Query { get; init; }

    /// <summary>The same concepts over the whole-article documents; null when article evidence is off.</summary>
    public Query? ArticleQuery { get; init; }

    /// <summary>The term lookups made while planning, reused to find which terms a hit matched.</summary>
    public TermLookup? Lookup { get; init; }

    public string? EmptyReason { get; init; }

    /// <summary>Every term of the query, typed or alternative.</summary>
    public IReadOnlySet<string> Terms { get; init; } = new HashSet<string>();

    public static QueryPlan Empty(string text, string reason) => new() { Text = text, EmptyReason = reason };
}
