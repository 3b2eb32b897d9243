using System.ComponentModel.DataAnnotations;

namespace Psychoed.Bot.Admin;

/// <summary>
/// Settings of the staff admin API, bound from <c>Psychoed:Admin</c>. The API is closed unless an
/// API key of at least <see cref="MinKeyLength"/> characters is configured (e.g. as the
/// environment variable <c>Psychoed__Admin__ApiKey</c> or a user secret, never in appsettings.json).
/// </summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Psychoed:Admin";

    /// <summary>Keys shorter than this are treated as not configured: a short key is guessable.</summary>
    public const int MinKeyLength = 16;

    /// <summary>The shared secret sent as the <c>X-Api-Key</c> header. Empty: the admin API answers 503.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The wait before answering a request with a missing or wrong key, to slow down guessing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan FailedAuthDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The largest article upload accepted, in bytes; larger gets 413.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxArticleBytes { get; set; } = 256 * 1024;

    /// <summary>Where new articles created through the API are written, relative to the corpus's articles folder.</summary>
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Psychoed:Admin:NewArticlesFolder must be a simple folder name.")]
    public string NewArticlesFolder { get; set; } = "staff";

    /// <summary>True when a usable key is configured.</summary>
    public bool IsEnabled => ApiKey.Trim().Length >= MinKeyLength;
}
