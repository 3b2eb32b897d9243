namespace Psychoed.Core.Import;

/// <summary>An imported page turned into a draft article file.</summary>
public sealed record DraftArticle
{
    /// <summary>The id, a slug of the title.</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The topics guessed from the topic list (empty when none matched).</summary>
    public required IReadOnlyList<string> GuessedTopics { get; init; }

    /// <summary>The page's address when known; it is the draft's source.</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>The whole file: front matter and Markdown body.</summary>
    public required string Markdown { get; init; }

    /// <summary>Things a person should know before review, e.g. that no source URL was known.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }
}
