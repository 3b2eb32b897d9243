using Psychoed.Core.Answers;

namespace Psychoed.Bot.Bots;

/// <summary>Copies a conversation memory, to try an answer without committing what it remembers.</summary>
internal static class MemoryCopy
{
    public static ConversationMemory Of(ConversationMemory memory)
    {
        var copy = new ConversationMemory();
        Into(memory, copy);
        return copy;
    }

    public static void Into(ConversationMemory source, ConversationMemory target)
    {
        target.LastPassageId = source.LastPassageId;
        target.FullDisclaimerShown = source.FullDisclaimerShown;
        target.CrisisSeen = source.CrisisSeen;
        target.Region = source.Region;
        target.Turns = source.Turns;
    }
}
