namespace Psychoed.Bot.Hosting;

/// <summary>The clinic running the bot, shown in the welcome and in error messages.</summary>
public sealed class ClinicOptions
{
    /// <summary>The clinic's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The clinic's phone number for appointments, as people read it.</summary>
    public string Phone { get; set; } = "";

    /// <summary>The clinic's contact email.</summary>
    public string Email { get; set; } = "";

    /// <summary>The clinic's website.</summary>
    public string Url { get; set; } = "";

    /// <summary>The clinic's privacy notice, linked from the privacy reply.</summary>
    public string PrivacyUrl { get; set; } = "";

    /// <summary>True when at least one way to reach the clinic is configured.</summary>
    public bool HasContact => Phone.Length > 0 || Email.Length > 0 || Url.Length > 0;
}
