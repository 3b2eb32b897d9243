namespace Psychoed.Core.Safety;

/// <summary>A policy from <c>corpus/safety/policies.yaml</c>: what the bot will not do, and what it says instead.</summary>
public sealed record PolicyRule
{
    /// <summary>Stable id recorded in the reply, e.g. <c>policy.dosing</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What kind of reply it gives.</summary>
    public required PolicyKind Kind { get; init; }

    /// <summary>The patterns; any one matching fires the policy.</summary>
    public required IReadOnlyList<PhrasePattern> Patterns { get; init; }

    /// <summary>Patterns that cancel the policy when they match.</summary>
    public IReadOnlyList<PhrasePattern> Unless { get; init; } = [];

    /// <summary>The key of its message in <c>messages.yaml</c> under <c>policies</c>.</summary>
    public required string Message { get; init; }

    /// <summary>The referral kind to offer; null to choose from the article and topic.</summary>
    public string? Referral { get; init; }

    /// <summary>Words added to the message to find general safety information in the corpus.</summary>
    public string? SearchHint { get; init; }

    /// <summary>A resource need shown as well (<c>poison</c>: Poison Control when urgent).</summary>
    public string? Urgent { get; init; }
}
