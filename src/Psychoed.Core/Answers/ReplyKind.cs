namespace Psychoed.Core.Answers;

/// <summary>What kind of reply the pipeline produced.</summary>
public enum ReplyKind
{
    /// <summary>What the articles say, with citations.</summary>
    Answer,

    /// <summary>The crisis response: resources first and alone.</summary>
    Crisis,

    /// <summary>The articles do not cover this.</summary>
    OutOfScope,

    /// <summary>A kind refusal (dosing, sourcing, combining, stopping medication, diagnosis).</summary>
    Refusal,

    /// <summary>Greetings, thanks, help, who are you.</summary>
    SmallTalk,

    /// <summary>Weak but related evidence: the nearest articles offered as choices, with a question back.</summary>
    Nearest,

    /// <summary>Distress with no article that fits: a warm, listening reply with support contacts, never "out of scope".</summary>
    Support,

    /// <summary>Something failed while answering (search broke): an apology, never counted as a content gap.</summary>
    Error,
}
