using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>
/// The answer pipeline behind the conversation engine: normalize, safety screen, intent, retrieve,
/// compose. The safety screen runs on every message; nothing can skip it.
/// </summary>
public interface IAnswerPipeline
{
    /// <summary>The safety data, reply texts and help resources this pipeline serves.</summary>
    SafetyCatalog Catalog { get; }

    /// <summary>Answers one message, updating <paramref name="memory"/>. Never throws on user text.</summary>
    Reply Answer(string text, ConversationMemory memory);

    /// <summary>Answers one message, updating <paramref name="memory"/>.</summary>
    Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default);

    /// <summary>
    /// Screens text that is not a question to answer (a feedback comment, a command's free text, an
    /// overlong message) on its whole length: the crisis reply when it is a crisis (remembered as one),
    /// otherwise null and nothing changes.
    /// </summary>
    Reply? Crisis(string text, ConversationMemory memory);

    /// <summary>
    /// Wraps the conversation's own notice (privacy, start over, thanks, welcome) in a small-talk reply
    /// with the disclaimer and referral, so that no reply but a crisis goes out without them.
    /// </summary>
    Reply Notice(string text, ConversationMemory memory, bool suggestTopics = false);

    /// <summary>The region's "help now" contacts, without marking the conversation as having had a crisis.</summary>
    IReadOnlyList<HelpResource> HelpNowResources(ConversationMemory memory);
}
