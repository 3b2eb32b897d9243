namespace Psychoed.Data;

/// <summary>A rating from a user, before scrubbing and hashing.</summary>
/// <param name="UserId">The channel's user id (hashed before storage).</param>
/// <param name="ConversationId">The channel's conversation id (hashed before storage).</param>
/// <param name="ChannelId">The channel, e.g. <c>msteams</c>.</param>
/// <param name="PassageId">The passage rated, when known.</param>
/// <param name="Helpful">True for 👍, false for 👎.</param>
/// <param name="Comment">An optional short comment (scrubbed before storage).</param>
public sealed record FeedbackEntry(string UserId, string ConversationId, string ChannelId, string? PassageId, bool Helpful, string? Comment = null)
{
    /// <summary>The article of the passage (the part of <c>{articleId}#{position}</c> before the #).</summary>
    public string? ArticleId => PassageId is { Length: > 0 } id ? id.Split('#')[0] : null;
}
