namespace Psychoed.Core.Safety;

/// <summary>Where a <see cref="PhrasePattern"/> may match.</summary>
public enum PatternAnchor
{
    /// <summary>Anywhere, within one clause.</summary>
    Anywhere,

    /// <summary>The whole message, punctuation ignored.</summary>
    Whole,

    /// <summary>The start of the message, punctuation ignored.</summary>
    Start,
}
