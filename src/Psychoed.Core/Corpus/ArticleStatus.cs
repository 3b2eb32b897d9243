namespace Psychoed.Core.Corpus;

/// <summary>Where an article is in its review life cycle. Only <see cref="Published"/> articles are served.</summary>
public enum ArticleStatus
{
    /// <summary>Being written; never served.</summary>
    Draft,

    /// <summary>Waiting for a reviewer; never served.</summary>
    InReview,

    /// <summary>Reviewed and served by the bot.</summary>
    Published,

    /// <summary>Withdrawn; kept for the record, never served.</summary>
    Retired,
}
