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

    /// <summary>Something failed while answering (search broke): an apology, never counted as a content gap.</summary>
    Error,
}
