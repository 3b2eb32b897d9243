namespace Psychoed.Data;

/// <summary>A question the articles did not answer, before scrubbing and hashing.</summary>
/// <param name="UserId">The channel's user id (hashed before storage).</param>
/// <param name="ConversationId">The channel's conversation id (hashed before storage).</param>
/// <param name="ChannelId">The channel, e.g. <c>webchat</c>.</param>
/// <param name="Question">The question as asked (scrubbed before storage).</param>
/// <param name="Reason">Why it was not answered, e.g. <c>out_of_scope</c> or <c>low_confidence</c>.</param>
public sealed record GapEntry(string UserId, string ConversationId, string ChannelId, string Question, string Reason);
