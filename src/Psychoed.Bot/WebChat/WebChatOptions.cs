using System.ComponentModel.DataAnnotations;

namespace Psychoed.Bot.WebChat;

/// <summary>The website chat's look and wiring, bound from <c>Psychoed:WebChat</c>.</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Psychoed:WebChat";

    /// <summary>The clinic's name, shown in the page header and the page title.</summary>
    [Required, StringLength(80)]
    public string ClinicName { get; set; } = "Psychoed";

    /// <summary>A short line under the name.</summary>
    [StringLength(160)]
    public string Tagline { get; set; } = "Answers about mental health from articles our clinicians review";

    /// <summary>The accent colour, <c>#rrggbb</c>; text on it is black or white, whichever contrasts more.</summary>
    [Required, RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Psychoed:WebChat:AccentColor must be a colour written #rrggbb.")]
    public string AccentColor { get; set; } = "#0B6E6E";

    /// <summary>The bot's avatar initials (one to three characters).</summary>
    [Required, StringLength(3, MinimumLength = 1)]
    public string BotAvatarInitials { get; set; } = "P";

    /// <summary>The visitor's avatar initials.</summary>
    [Required, StringLength(3, MinimumLength = 1)]
    public string UserAvatarInitials { get; set; } = "You";

    /// <summary>The short disclaimer shown under the chat.</summary>
    [Required, StringLength(600)]
    public string Disclaimer { get; set; } =
        "General information from articles reviewed by the clinic, not medical advice and not a substitute for a professional. " +
        "This chat is not monitored by a person. In an emergency, call your local emergency number (911 in the US).";

    /// <summary>
    /// The region whose crisis contacts "Need help now?" shows when the visitor's browser does not name a
    /// known one; empty means the bot's <c>Psychoed:Region</c>.
    /// </summary>
    [RegularExpression("^([A-Za-z]{2})?$", ErrorMessage = "Psychoed:WebChat:DefaultRegion is a two-letter region code such as US or GB.")]
    public string DefaultRegion { get; set; } = "";

    /// <summary>
    /// Which other sites may show the chat page in a frame (the embed.js panel), added to <c>'self'</c> in the
    /// <c>frame-ancestors</c> CSP list: space-separated origins such as <c>https://clinic.example.org</c>.
    /// Empty (the default): only the bot's own origin.
    /// </summary>
    [RegularExpression(@"^[^;,\r\n]*$", ErrorMessage = "Psychoed:WebChat:FrameAncestors is a space-separated list of sources, without ';'.")]
    public string FrameAncestors { get; set; } = "";

    /// <summary>
    /// An Azure Bot Service Direct Line secret. When set, visitors get tokens from Azure's Direct Line
    /// (exchanged server-side; the secret never reaches the browser) instead of the embedded endpoint.
    /// </summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>Azure's Direct Line service, for <see cref="DirectLineSecret"/> (a regional endpoint may be set).</summary>
    [Required, Url]
    public string DirectLineEndpoint { get; set; } = "https://directline.botframework.com";

    /// <summary>True when tokens come from Azure's Direct Line.</summary>
    public bool UsesAzure => !string.IsNullOrWhiteSpace(DirectLineSecret);
}
