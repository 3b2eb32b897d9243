namespace Psychoed.Core.Safety;

/// <summary>
/// The names of the suicide-risk markers rules may add to a decision (<c>markers:</c> in <c>rules.yaml</c>).
/// Plans, timelines, preparation, intent and method are crisis rules; passive ideation, burdensomeness and
/// hopelessness short of those are support rules that carry the marker, so the reply asks about suicide.
/// </summary>
public static class RiskMarkers
{
    /// <summary>Wishing not to wake up, not to exist, to be dead, without intent.</summary>
    public const string PassiveIdeation = "passive_ideation";

    /// <summary>Feeling a burden, others better off without them.</summary>
    public const string Burdensomeness = "burdensomeness";

    /// <summary>No future, nothing will change, no point.</summary>
    public const string Hopelessness = "hopelessness";

    /// <summary>Goodbyes, final messages, "it will be over soon".</summary>
    public const string Finality = "finality";

    /// <summary>Giving belongings or pets away, putting affairs in order.</summary>
    public const string GivingAway = "giving_away";

    /// <summary>A plan or a decision to die.</summary>
    public const string Plan = "plan";

    /// <summary>A time or date for it ("tonight", "on friday").</summary>
    public const string Timeline = "timeline";

    /// <summary>Stockpiling, buying or getting the means.</summary>
    public const string Preparation = "preparation";

    /// <summary>Stated intent to die or to kill oneself.</summary>
    public const string Intent = "intent";

    /// <summary>Questions about methods, lethality or means.</summary>
    public const string Means = "means";

    /// <summary>"Not now, but that could change", "part of me wants to".</summary>
    public const string Ambivalence = "ambivalence";

    /// <summary>A past attempt or past suicidal crisis.</summary>
    public const string PastAttempt = "past_attempt";

    /// <summary>Self-harm now or urges.</summary>
    public const string SelfHarm = "self_harm";

    /// <summary>Every known marker name; a rule naming another is a data error.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        PassiveIdeation, Burdensomeness, Hopelessness, Finality, GivingAway, Plan, Timeline, Preparation, Intent,
        Means, Ambivalence, PastAttempt, SelfHarm,
    };
}
