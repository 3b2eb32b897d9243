namespace Psychoed.Core.Safety;

/// <summary>The kinds of crisis the screen recognises; each has its own resources.</summary>
public enum CrisisCategory
{
    /// <summary>Suicidal ideation, intent, plans, goodbyes, or questions about methods and lethality.</summary>
    Suicide,

    /// <summary>Self-harm.</summary>
    SelfHarm,

    /// <summary>Intent to harm someone else.</summary>
    HarmToOthers,

    /// <summary>Domestic or partner violence, being abused or beaten.</summary>
    Abuse,

    /// <summary>Rape or sexual assault.</summary>
    SexualAssault,

    /// <summary>A child being abused.</summary>
    ChildAbuse,

    /// <summary>Overdose, poisoning, chest pain, not breathing, a bad physical reaction to a substance.</summary>
    MedicalEmergency,

    /// <summary>Severe confusion, command voices, not knowing what is real.</summary>
    AcutePsychosis,
}
