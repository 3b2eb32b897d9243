using System.ComponentModel.DataAnnotations;
using Psychoed.Core.Conversation;

namespace Psychoed.Bot.Hosting;

/// <summary>The bot's own settings, bound from the <c>Psychoed</c> configuration section.</summary>
public sealed class PsychoedOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Psychoed";

    /// <summary>The corpus folder; empty means the nearest <c>corpus/</c> above the content root or the current folder.</summary>
    public string CorpusPath { get; set; } = "";

    /// <summary>
    /// Where the search index and the database live; relative paths are under the current folder.
    /// Empty means <c>data/</c> beside the repository's corpus, else <c>./data</c>.
    /// </summary>
    public string DataPath { get; set; } = "";

    /// <summary>The default region for help resources when the user's locale does not name a supported one.</summary>
    [RegularExpression("^(US|GB|CA|AU|IE)$", ErrorMessage = "Psychoed:Region must be one of US, GB, CA, AU, IE.")]
    public string Region { get; set; } = "US";

    /// <summary>
    /// Where visitors reach the bot, e.g. <c>https://bot.example.org</c>: the origin of the website chat's
    /// WebSocket stream and its Content-Security-Policy. Empty: in Development the request's host; elsewhere
    /// a stream address relative to the page (current browsers) and <c>'self'</c>, never the Host header.
    /// </summary>
    [RegularExpression(@"^(https?://[^\s/?#]+/?)?$", ErrorMessage = "Psychoed:PublicUrl is an absolute http(s) origin such as https://bot.example.org.")]
    public string PublicUrl { get; set; } = "";

    /// <summary>Runs without a Microsoft App ID outside Development (for a private network or a local Direct Line only).</summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Psychoed";

    /// <summary>The clinic behind the bot: name and how to reach it.</summary>
    public ClinicOptions Clinic { get; set; } = new();

    /// <summary>How long feedback and unanswered questions are kept, in days.</summary>
    [Range(1, 3650)]
    public int FeedbackRetentionDays { get; set; } = 90;

    /// <summary>How long an idle conversation's or user's state is kept, in days.</summary>
    [Range(1, 3650)]
    public int StateRetentionDays { get; set; } = 90;

    /// <summary>
    /// Per-deployment secret mixed into the hashes of user and conversation ids. When empty, one is
    /// generated once and kept in the database.
    /// </summary>
    public string HashSalt { get; set; } = "";

    /// <summary>Messages longer than this many characters get a polite refusal instead of an answer.</summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>The largest request body <c>/api/messages</c> accepts, in bytes; larger gets 413.</summary>
    [Range(64 * 1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>What the conversation engine needs of these settings; one mapping for the host and its tests.</summary>
    public ConversationOptions ToConversationOptions() => new()
    {
        MaxMessageLength = MaxMessageLength,
        BotName = BotName,
        ClinicName = Clinic.Name,
        ClinicPhone = Clinic.Phone,
        PrivacyUrl = Clinic.PrivacyUrl,
        FeedbackRetentionDays = FeedbackRetentionDays,
        StateRetentionDays = StateRetentionDays,
    };
}
