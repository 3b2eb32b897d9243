namespace Psychoed.Core.Safety;

/// <summary>What a policy rule does with a message.</summary>
public enum PolicyKind
{
    /// <summary>Refuse kindly (dosing, sourcing, combining, stopping medication) with safety information.</summary>
    Refusal,

    /// <summary>No diagnosis: what the articles say, that only a clinician can diagnose, a referral.</summary>
    Diagnosis,

    /// <summary>Outside what the articles cover (physical complaints): suggest topics and refer.</summary>
    OutOfScope,
}
