using System.Text;
using Psychoed.Bot.Hosting;

namespace Psychoed.Bot.Bots;

/// <summary>The bot's own wording, outside the pipeline: welcome, privacy, start over, limits.</summary>
internal static class BotTexts
{
    /// <summary>Used only when the pipeline cannot give its disclaimer (it failed during the welcome).</summary>
    public const string FallbackDisclaimer =
        "This chat gives general information from articles our clinic has reviewed. It is not medical advice, " +
        "it cannot diagnose, and it is no substitute for a professional. No person monitors this chat.";

    public static string Greeting(PsychoedOptions options) =>
        options.Clinic.Name.Length > 0
            ? $"Hi, I'm {options.BotName}, {options.Clinic.Name}'s information assistant."
            : $"Hi, I'm {options.BotName}, an information assistant.";

    public const string WhatIAm =
        "I share what our reviewed articles say about mental health: anxiety, depression, trauma and PTSD, therapy, " +
        "ketamine and psychedelic-assisted treatment, sleep, coping skills and more. I always show where the information comes from.\n\n" +
        "I'm a computer program, not a therapist or a doctor. I can't diagnose, advise on medication or doses, " +
        "or provide therapy, and no person reads this chat.";

    public const string HelpNowIntro = "If you might be in danger or are thinking about harming yourself, get help now:";

    public const string HelpNowFallback =
        "If you might be in danger or are thinking about harming yourself, type \"I need help now\" or call your local emergency number.";

    public static string Privacy(PsychoedOptions options)
    {
        var text = new StringBuilder()
            .Append("What I keep: for this conversation, only the last passage I showed (for \"tell me more\"), whether you've seen the full disclaimer, ")
            .Append("whether help resources should stay visible, and your region for help resources. I don't keep a transcript of what you write.\n\n")
            .Append("If you rate an answer, or ask something the articles don't cover, that rating or question is saved for our staff to improve the articles, ")
            .Append("with names, email addresses, phone numbers and street addresses removed and without your user id. ")
            .Append($"It is deleted after {options.FeedbackRetentionDays} days; conversation memory is deleted after {options.StateRetentionDays} days without use.\n\n")
            .Append("Type \"start over\" to clear this conversation's memory.");
        if (options.Clinic.PrivacyUrl.Length > 0)
        {
            text.Append($" Our privacy notice: {options.Clinic.PrivacyUrl}");
        }

        return text.ToString();
    }

    public const string StartedOver =
        "OK, I've cleared this conversation's memory. What would you like to know about? " +
        "(If you asked for urgent help earlier, the \"I need help now\" button stays.)";

    public const string ChooseRegion = "Which country are you in? I use it to show the right help lines.";

    public static string RegionSet(string code) => $"Thanks. I'll show help resources for {Regions.NameOf(code)}.";

    public static string UnknownRegion(string asked) =>
        $"Sorry, I don't have help resources for \"{asked}\" yet. I can show them for the United States, the United Kingdom, Canada, Australia or Ireland.";

    public static string TooLong(int max) =>
        $"That message is too long for me to read (my limit is {max:N0} characters). Could you ask your question in a few sentences? " +
        "If you need help right now, tap \"I need help now\".";

    public const string ThanksHelpful = "Thanks for letting us know. Ask me anything else, or tap a topic.";

    public const string ThanksNotHelpful =
        "Thanks for telling us. Our staff review this feedback to improve the articles. " +
        "You could try asking in other words, or talk to your doctor or therapist.";

    public const string EmptyMessage = "I can only read text messages. What would you like to know about?";
}
