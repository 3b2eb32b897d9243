using System.ComponentModel.DataAnnotations;

namespace Psychoed.Bot.Corpus;

/// <summary>Live reload settings, bound from <c>Psychoed:Reload</c>.</summary>
public sealed class ReloadOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Psychoed:Reload";

    /// <summary>Watch the corpus folder and reload on changes. Off: the corpus loads once at start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long the folder must be quiet before a reload starts, so a burst of saves is one reload.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest a reload waits for quiet while changes keep coming.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait before trying again to watch a corpus folder that is missing.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);
}
