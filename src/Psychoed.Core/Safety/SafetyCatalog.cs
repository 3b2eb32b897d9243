using Psychoed.Core.Answers;

namespace Psychoed.Core.Safety;

/// <summary>
/// Everything loaded from <c>corpus/safety/</c>: normalization data, screening rules and cues, false
/// friends, policies, small-talk intents, help resources and reply texts. Immutable and thread-safe.
/// </summary>
public sealed record SafetyCatalog
{
    /// <summary>Where it was loaded from: a folder path, or <c>embedded</c> for the built-in copy.</summary>
    public required string Source { get; init; }

    /// <summary>The normalizer built from the normalization data.</summary>
    public required TextNormalizer Normalizer { get; init; }

    /// <summary>Screening rules in priority order: the first crisis match wins.</summary>
    public required IReadOnlyList<SafetyRule> Rules { get; init; }

    /// <summary>Idioms masked before screening ("killing it at the gym").</summary>
    public required IReadOnlyList<PhrasePattern> FalseFriends { get; init; }

    /// <summary>Negation, person and tense cues.</summary>
    public required ScreenCues Cues { get; init; }

    /// <summary>Refusal, diagnosis and out-of-scope policies, in priority order.</summary>
    public required IReadOnlyList<PolicyRule> Policies { get; init; }

    /// <summary>Topic id to referral kind (ketamine to prescriber, ptsd to trauma-therapist); wins over the article's own.</summary>
    public IReadOnlyDictionary<string, string> TopicReferrals { get; init; } = new Dictionary<string, string>();

    /// <summary>Small-talk intents, in priority order.</summary>
    public required IReadOnlyList<IntentRule> Intents { get; init; }

    /// <summary>Help resources per region.</summary>
    public required ResourceDirectory Resources { get; init; }

    /// <summary>Reply texts.</summary>
    public required MessageCatalog Messages { get; init; }

    /// <summary>Problems found while loading (empty when all is well); set when the built-in copy stood in.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>The rule with this id, or null.</summary>
    public SafetyRule? RuleById(string? id) => id is null ? null : Rules.FirstOrDefault(r => r.Id == id);
}
