namespace Psychoed.Core.Conversation;

/// <summary>A rating of a passage. The comment is left out when it was screened as a crisis.</summary>
public sealed record FeedbackGiven(bool Helpful, string? PassageId, string? Comment) : ConversationEvent;
