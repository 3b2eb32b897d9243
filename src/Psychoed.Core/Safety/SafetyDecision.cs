namespace Psychoed.Core.Safety;

/// <summary>The safety screen's decision for one message, with the rule that fired, for audit.</summary>
public sealed record SafetyDecision
{
    /// <summary>The level decided.</summary>
    public required SafetyLevel Level { get; init; }

    /// <summary>The crisis category (also set for support-level past or negated mentions).</summary>
    public CrisisCategory? Category { get; init; }

    /// <summary>Id of the rule that fired, or null when none did.</summary>
    public string? Rule { get; init; }

    /// <summary>True when the message is about someone else (a friend, a child).</summary>
    public bool ThirdPerson { get; init; }

    /// <summary>True when the message speaks of the past ("I tried ... last year").</summary>
    public bool Past { get; init; }

    /// <summary>True when the risk was negated ("I'm not suicidal").</summary>
    public bool Negated { get; init; }

    /// <summary>
    /// Suicide-risk markers found anywhere in the message (<see cref="Safety.RiskMarkers"/> names, in the order
    /// found): on a support reply they mean the reply should ask, directly and kindly, about suicidal thoughts.
    /// Empty when there are none; never set from a negated or third-person mention.
    /// </summary>
    public IReadOnlyList<string> RiskMarkers { get; init; } = [];

    /// <summary>True when <see cref="RiskMarkers"/> is not empty.</summary>
    public bool HasRiskMarkers => RiskMarkers.Count > 0;

    /// <summary>
    /// The <c>messages.yaml</c> key prefix the rule asks for (e.g. <c>means_safety</c>: a warm message
    /// with no facts for a question about lethality or method), or null for the category's own wording.
    /// </summary>
    public string? MessageKey { get; init; }

    /// <summary>No risk signal.</summary>
    public static SafetyDecision Clear { get; } = new() { Level = SafetyLevel.None };
}
