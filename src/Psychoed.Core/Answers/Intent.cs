namespace Psychoed.Core.Answers;

/// <summary>Conversational intents the pipeline answers without searching the articles.</summary>
public enum Intent
{
    /// <summary>Hello, hi.</summary>
    Greeting,

    /// <summary>Thanks.</summary>
    Thanks,

    /// <summary>Who or what are you; are you a person.</summary>
    WhoAreYou,

    /// <summary>Help, what can you do, how does this work.</summary>
    Help,

    /// <summary>Questions about the bot's own feelings ("are you depressed?"): it is a program.</summary>
    AboutBot,

    /// <summary>Tell me more: the next passage.</summary>
    TellMore,

    /// <summary>Which topics are covered.</summary>
    Topics,

    /// <summary>Start over.</summary>
    StartOver,

    /// <summary>Feedback words: helpful, not helpful.</summary>
    Feedback,

    /// <summary>Goodbye.</summary>
    Goodbye,

    /// <summary>"I don't want to call anyone", "no police": the text and chat lines, and what this chat is.</summary>
    NoCalls,
}
