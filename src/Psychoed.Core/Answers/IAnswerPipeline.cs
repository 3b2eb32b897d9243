namespace Psychoed.Core.Answers;

/// <summary>
/// The one answer pipeline behind every channel: normalize, safety screen, intent, retrieve, compose.
/// The safety screen runs on every message; nothing can skip it.
/// </summary>
public interface IAnswerPipeline
{
    /// <summary>Answers one message, updating <paramref name="memory"/>.</summary>
    Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default);

    /// <summary>
    /// Wraps a channel's own short notice (privacy, start over, thanks for feedback) in a small-talk
    /// reply with the disclaimer and referral, so that no reply but a crisis goes out without them.
    /// </summary>
    Reply Notice(string text, ConversationMemory memory);
}
