using Psychoed.Core.Answers;

namespace Psychoed.Core.Safety;

/// <summary>A help resource from <c>corpus/safety/resources.yaml</c> and the needs it serves.</summary>
public sealed record ResourceEntry
{
    /// <summary>Stable id, e.g. <c>us-988</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Who they are.</summary>
    public required string Name { get; init; }

    /// <summary>How to reach them, as a person reads it.</summary>
    public required string Contact { get; init; }

    /// <summary>A <c>tel:</c>, <c>sms:</c> or <c>https:</c> link.</summary>
    public string? Action { get; init; }

    /// <summary>When they answer.</summary>
    public string? Hours { get; init; }

    /// <summary>True for the emergency number (911, 999, 000, 112), which the gentle support line never uses.</summary>
    public bool IsEmergency { get; init; }

    /// <summary>When someone last checked the number and hours against the service's own page; null when never.</summary>
    public DateOnly? Verified { get; init; }

    /// <summary>The service's own page the entry was checked against.</summary>
    public string? Source { get; init; }

    /// <summary>What is still unconfirmed (<c>verify ...</c>), for staff; never shown to users.</summary>
    public string? Note { get; init; }

    /// <summary>The resource as shown in a reply.</summary>
    public HelpResource ToHelpResource() => new(Name, Contact, Action, Hours);

    /// <summary>One line for a plain-text reply: "Name: contact (hours)".</summary>
    public string ToLine() => string.IsNullOrWhiteSpace(Hours) ? $"{Name}: {Contact}" : $"{Name}: {Contact} ({Hours})";
}
