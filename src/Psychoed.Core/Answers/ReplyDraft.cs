using Psychoed.Core.Search;

namespace Psychoed.Core.Answers;

/// <summary>What routing decided before the composer adds the support line, referral, help-now line and disclaimer.</summary>
internal sealed record ReplyDraft
{
    public required ReplyKind Kind { get; init; }

    public string Body { get; init; } = "";

    public Passage? Passage { get; init; }

    /// <summary>The referral kind the route asks for; null to choose from the passage's topic and article.</summary>
    public string? ReferralKind { get; init; }

    public string? Rule { get; init; }

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public bool CanTellMore { get; init; }

    /// <summary>Answered from weak evidence; staff review it with the unanswered questions.</summary>
    public bool LowConfidence { get; init; }

    /// <summary>A resource need to show with the urgent line (<c>poison</c>), for refusals about drugs.</summary>
    public string? Urgent { get; init; }

    /// <summary>Help contacts the draft names in its body, shown as tappable contacts too.</summary>
    public IReadOnlyList<HelpResource> Resources { get; init; } = [];
}
