using Psychoed.Core.Answers;

namespace Psychoed.Core.Conversation;

/// <summary>What a turn produced: the one reply to render, and the events the host stores.</summary>
/// <param name="Reply">The reply, exactly as every channel shows it.</param>
/// <param name="Events">Feedback and unanswered questions, for the staff reports.</param>
public sealed record TurnResult(Reply Reply, IReadOnlyList<ConversationEvent> Events);
