namespace Psychoed.Core.Conversation;

/// <summary>The limits and facts the conversation engine needs from the deployment.</summary>
public sealed class ConversationOptions
{
    /// <summary>Longer messages get a polite refusal, after the whole text was screened for a crisis.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>The bot's name in the welcome.</summary>
    public string BotName { get; set; } = "Psychoed";

    /// <summary>The clinic's name in the welcome; empty when none is configured.</summary>
    public string ClinicName { get; set; } = "";

    /// <summary>The clinic's privacy notice, linked from the privacy reply.</summary>
    public string PrivacyUrl { get; set; } = "";

    /// <summary>How long ratings and unanswered questions are kept, as the privacy reply says.</summary>
    public int FeedbackRetentionDays { get; set; } = 90;

    /// <summary>How long idle conversation state is kept, as the privacy reply says.</summary>
    public int StateRetentionDays { get; set; } = 90;
}
