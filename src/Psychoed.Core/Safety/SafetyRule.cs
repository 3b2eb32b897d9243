namespace Psychoed.Core.Safety;

/// <summary>One screening rule from <c>corpus/safety/rules.yaml</c>: patterns that signal a risk level.</summary>
public sealed record SafetyRule
{
    /// <summary>Stable id recorded in every decision it makes, e.g. <c>suicide.intent.direct</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The level a match signals: <see cref="SafetyLevel.Crisis"/> or <see cref="SafetyLevel.Support"/>.</summary>
    public required SafetyLevel Level { get; init; }

    /// <summary>The crisis category; null for general distress and for "help now".</summary>
    public CrisisCategory? Category { get; init; }

    /// <summary>The patterns; any one matching fires the rule.</summary>
    public required IReadOnlyList<PhrasePattern> Patterns { get; init; }

    /// <summary>Patterns that, when they match the same sentence, cancel a match (false friends of this rule).</summary>
    public IReadOnlyList<PhrasePattern> Unless { get; init; } = [];

    /// <summary>True when a negation before the match does not lower it (questions about methods).</summary>
    public bool IgnoreNegation { get; init; }

    /// <summary>True when a past-tense cue does not lower it (questions about methods).</summary>
    public bool IgnorePast { get; init; }

    /// <summary>True when a negation inside the match counts too ("I'm not suicidal" matched as a whole).</summary>
    public bool NegationInMatch { get; init; }

    /// <summary>A topic id that helps retrieval find a fitting passage for a support reply.</summary>
    public string? Topic { get; init; }

    /// <summary>Risk markers a match adds to the decision (<see cref="RiskMarkers"/>), e.g. <c>burdensomeness</c>.</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>
    /// Patterns of which one must match somewhere in the message for the rule to fire at all: a timeline
    /// ("tonight") is a plan only in a message that also speaks of dying or ending things.
    /// </summary>
    public IReadOnlyList<PhrasePattern> Context { get; init; } = [];

    /// <summary>A <c>messages.yaml</c> key prefix for the reply's wording (e.g. <c>means_safety</c>), when the category's own does not fit.</summary>
    public string? Message { get; init; }
}
