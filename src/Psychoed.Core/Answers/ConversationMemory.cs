namespace Psychoed.Core.Answers;

/// <summary>
/// What the pipeline remembers between turns of one conversation. Channels persist it (Bot Framework
/// conversation state, the CLI's chat loop); it holds no message text.
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>The passage last shown, for "tell me more".</summary>
    public string? LastPassageId { get; set; }

    /// <summary>True once the full disclaimer was shown; later replies show the short form.</summary>
    public bool FullDisclaimerShown { get; set; }

    /// <summary>True once a crisis was detected; later replies keep "help now" visible.</summary>
    public bool CrisisSeen { get; set; }

    /// <summary>The user's region for resources (US, GB, CA, AU, IE).</summary>
    public string? Region { get; set; }

    /// <summary>The region the user chose with the region command; it outlasts "start over".</summary>
    public string? ChosenRegion { get; set; }

    /// <summary>How many turns the conversation has had.</summary>
    public int Turns { get; set; }

    /// <summary>
    /// "Start over", the one meaning it has on every channel: forget what was read and shown, but keep
    /// "help now" visible after a crisis, and keep the region the user chose.
    /// </summary>
    public void StartOver()
    {
        LastPassageId = null;
        FullDisclaimerShown = false;
        Turns = 0;
    }
}
