namespace Psychoed.Bot.Hosting;

/// <summary>
/// What a person reads when the bot fails on their message, on every channel: an apology, no technical
/// detail, and where to get help now in each supported region (the failed turn may have been a crisis).
/// </summary>
internal static class TurnErrorText
{
    /// <summary>The message, with the clinic's phone number when one is configured.</summary>
    public static string For(PsychoedOptions options)
    {
        var clinic = options.Clinic.Phone.Length > 0
            ? $" You can also call {(options.Clinic.Name.Length > 0 ? options.Clinic.Name : "the clinic")} on {options.Clinic.Phone}."
            : "";
        return "Sorry, something went wrong on my side, so I couldn't answer that. Please try again in a moment. " +
            "If you need help right now, tap \"I need help now\", call or text 988 in the US and Canada, or call your local " +
            "emergency number (911 in the US and Canada, 999 in the UK, 112 or 999 in Ireland, 000 in Australia)." + clinic;
    }
}
