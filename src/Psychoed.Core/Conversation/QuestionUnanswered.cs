namespace Psychoed.Core.Conversation;

/// <summary>A question the articles did not cover (<c>out_of_scope</c>) or covered weakly (<c>low_confidence</c>).</summary>
public sealed record QuestionUnanswered(string Question, string Reason) : ConversationEvent;
