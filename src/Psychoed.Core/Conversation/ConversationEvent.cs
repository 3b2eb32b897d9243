namespace Psychoed.Core.Conversation;

/// <summary>Something a turn asks the host to store for staff (never a transcript).</summary>
public abstract record ConversationEvent;
