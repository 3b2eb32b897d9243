namespace Psychoed.Core.Import;

/// <summary>A page reduced to a title and content blocks, with what was removed on the way.</summary>
public sealed record ExtractedPage
{
    /// <summary>The page's title, when one was found.</summary>
    public string? Title { get; init; }

    /// <summary>The content blocks in reading order.</summary>
    public required IReadOnlyList<PageBlock> Blocks { get; init; }

    /// <summary>The page's own address (canonical link, og:url or the fetched URL), when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The site's name (og:site_name), when the page says it.</summary>
    public string? SiteName { get; init; }

    /// <summary>Boilerplate that was left out, in document order.</summary>
    public required IReadOnlyList<RemovedContent> Removed { get; init; }
}
