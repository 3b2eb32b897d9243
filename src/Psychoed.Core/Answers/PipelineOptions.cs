namespace Psychoed.Core.Answers;

/// <summary>
/// Settings of the answer pipeline, bound from configuration section <see cref="SectionName"/>:
/// the default region for help resources, the clinic's own contacts, and disclaimer overrides.
/// </summary>
public sealed class PipelineOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Psychoed:Pipeline";

    /// <summary>Region for help resources when a conversation has none: US, GB, CA, AU or IE.</summary>
    public string Region { get; set; } = "US";

    /// <summary>The clinic's name, used in referrals when an intake contact is set.</summary>
    public string? ClinicName { get; set; }

    /// <summary>The clinic's intake phone number, e.g. "555-0100".</summary>
    public string? ClinicIntakePhone { get; set; }

    /// <summary>The clinic's intake or booking page.</summary>
    public string? ClinicIntakeUrl { get; set; }

    /// <summary>Replaces the full disclaimer of <c>messages.yaml</c> when set.</summary>
    public string? FullDisclaimer { get; set; }

    /// <summary>Replaces the short disclaimer of <c>messages.yaml</c> when set.</summary>
    public string? ShortDisclaimer { get; set; }

    /// <summary>True when a clinic intake contact is configured.</summary>
    public bool HasClinicIntake => !string.IsNullOrWhiteSpace(ClinicIntakePhone) || !string.IsNullOrWhiteSpace(ClinicIntakeUrl);
}
