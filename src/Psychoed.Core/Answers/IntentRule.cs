using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>A small-talk rule from <c>corpus/safety/policies.yaml</c>.</summary>
public sealed record IntentRule
{
    /// <summary>Stable id, e.g. <c>intent.greeting</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The intent it recognises.</summary>
    public required Intent Intent { get; init; }

    /// <summary>Patterns; whole-message patterns unless the rule says otherwise.</summary>
    public required IReadOnlyList<PhrasePattern> Patterns { get; init; }

    /// <summary>True when the intent applies only if the articles do not cover the message ("good morning! just killing time").</summary>
    public bool Fallback { get; init; }
}
