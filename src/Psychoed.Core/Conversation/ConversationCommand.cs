namespace Psychoed.Core.Conversation;

/// <summary>The commands the bot handles itself; everything else, including "help", "topics", "tell me more" and "I need help now", goes to the pipeline.</summary>
public enum ConversationCommand
{
    /// <summary>Not a bot command.</summary>
    None,

    /// <summary>"start over": forget this conversation.</summary>
    StartOver,

    /// <summary>"privacy": what is stored and for how long.</summary>
    Privacy,

    /// <summary>"region" or "region GB": choose the region for help resources.</summary>
    Region,
}
