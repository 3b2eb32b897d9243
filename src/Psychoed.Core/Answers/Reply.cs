using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>
/// The pipeline's reply to one message. Channels only render it: <see cref="Text"/> is the whole reply
/// exactly as a user reads it, and the other members let a channel render richer forms (cards, buttons).
/// </summary>
public sealed record Reply
{
    /// <summary>What kind of reply this is.</summary>
    public required ReplyKind Kind { get; init; }

    /// <summary>What the safety screen decided.</summary>
    public required SafetyLevel Safety { get; init; }

    /// <summary>The crisis category, when one applies.</summary>
    public CrisisCategory? Category { get; init; }

    /// <summary>The whole reply as plain text, in reading order (crisis resources first when present).</summary>
    public required string Text { get; init; }

    /// <summary>An opening line (empathy, crisis message), if any.</summary>
    public string? Lead { get; init; }

    /// <summary>The main content: the quoted passage, or the refusal or small-talk message.</summary>
    public string Body { get; init; } = "";

    /// <summary>The article sections quoted.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The disclaimer shown (full or short); empty only for crisis replies.</summary>
    public string Disclaimer { get; init; } = "";

    /// <summary>The referral prompt, naming a concrete next step and how to reach it.</summary>
    public string Referral { get; init; } = "";

    /// <summary>Every help contact shown in the reply.</summary>
    public IReadOnlyList<HelpResource> Resources { get; init; } = [];

    /// <summary>The rule that fired, for crisis and refusal replies; null otherwise.</summary>
    public string? Rule { get; init; }

    /// <summary>Topic or article suggestions to offer as buttons (labels a user can send back).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>True when "tell me more" has something to show next.</summary>
    public bool CanTellMore { get; init; }

    /// <summary>True when a "help now" option must stay visible (a crisis earlier in the conversation).</summary>
    public bool ShowHelpNow { get; init; }

    /// <summary>True when the answer rests on weak evidence; channels record it for staff review (never shown differently).</summary>
    public bool LowConfidence { get; init; }

    /// <summary>Choices the user can send back as they are (regions, "start over"), shown before the suggestions.</summary>
    public IReadOnlyList<ReplyChoice> Choices { get; init; } = [];

    /// <summary>The passage quoted, for feedback on a specific passage.</summary>
    public string? PassageId { get; init; }
}
