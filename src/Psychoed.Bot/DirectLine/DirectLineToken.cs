namespace Psychoed.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one server-assigned user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token may read or write.</param>
/// <param name="UserId">The visitor's id (<c>dl_…</c>), set by the server; the client's <c>from.id</c> is ignored.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
