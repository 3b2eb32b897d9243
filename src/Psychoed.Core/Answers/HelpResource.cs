namespace Psychoed.Core.Answers;

/// <summary>A reachable source of help shown in a reply.</summary>
/// <param name="Name">Who they are, e.g. "988 Suicide &amp; Crisis Lifeline".</param>
/// <param name="Contact">How to reach them, as a person reads it, e.g. "Call or text 988".</param>
/// <param name="Action">A tappable link when there is one: <c>tel:</c>, <c>sms:</c> or <c>https:</c>.</param>
/// <param name="Hours">When they answer, e.g. "24/7".</param>
public sealed record HelpResource(string Name, string Contact, string? Action = null, string? Hours = null)
{
    /// <summary>One line for a plain-text reply: "Name: contact (hours)", without repeating hours the contact already gives.</summary>
    public string ToLine() =>
        Hours is { Length: > 0 } hours && !Contact.Contains(hours, StringComparison.OrdinalIgnoreCase)
            ? $"{Name}: {Contact} ({hours})"
            : $"{Name}: {Contact}";
}
