namespace Psychoed.Core.Safety;

/// <summary>
/// The context cues the screen reads around a match (from <c>rules.yaml</c>): negation, who the message
/// is about, and whether it speaks of the distant past, a recent event or a risk now.
/// </summary>
public sealed record ScreenCues
{
    /// <summary>Words that negate what follows (<c>not</c>, <c>never</c>, <c>no</c>).</summary>
    public IReadOnlySet<string> Negations { get; init; } = new HashSet<string>();

    /// <summary>Words that may stand between a negation and the match without breaking it (<c>really</c>, <c>going to</c>).</summary>
    public IReadOnlySet<string> NegationBridge { get; init; } = new HashSet<string>();

    /// <summary>How many words back from a match a negation may be.</summary>
    public int NegationWindow { get; init; } = 5;

    /// <summary>Words that make a match about the speaker (<c>i</c>, <c>me</c>, <c>myself</c>).</summary>
    public IReadOnlySet<string> FirstPerson { get; init; } = new HashSet<string>();

    /// <summary>Words that make a match about someone else (<c>she</c>, <c>herself</c>, <c>friend</c>).</summary>
    public IReadOnlySet<string> ThirdPerson { get; init; } = new HashSet<string>();

    /// <summary>Patterns placing a sentence in the distant past (<c>last year</c>, <c>when i was a kid</c>).</summary>
    public IReadOnlyList<PhrasePattern> Past { get; init; } = [];

    /// <summary>Patterns placing a sentence in the recent past or now (<c>last night</c>, <c>today</c>), which cancel a past cue.</summary>
    public IReadOnlyList<PhrasePattern> Recent { get; init; } = [];

    /// <summary>Patterns anywhere in the message that make a past mention a risk now (<c>do it again</c>).</summary>
    public IReadOnlyList<PhrasePattern> PresentRisk { get; init; } = [];

    /// <summary>
    /// Patterns placing a sentence in obvious hyperbole ("so cute I want to die", "I hate them so much"): a
    /// crisis match there is lowered to support, as a past one is, so resources are still offered gently.
    /// </summary>
    public IReadOnlyList<PhrasePattern> Hyperbole { get; init; } = [];
}
