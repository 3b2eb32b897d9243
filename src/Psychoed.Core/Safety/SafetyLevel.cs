namespace Psychoed.Core.Safety;

/// <summary>What the safety screen decided about a message.</summary>
public enum SafetyLevel
{
    /// <summary>No risk signal.</summary>
    None,

    /// <summary>Personal distress, a past crisis or a negated one: answer, with a gentle support line.</summary>
    Support,

    /// <summary>Possible danger now: the crisis response replaces everything else.</summary>
    Crisis,
}
