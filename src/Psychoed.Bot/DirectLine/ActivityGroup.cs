using Microsoft.Bot.Schema;

namespace Psychoed.Bot.DirectLine;

/// <summary>A batch of activities and the watermark after them, as Direct Line returns and streams them.</summary>
/// <param name="Activities">The activities, oldest first.</param>
/// <param name="Watermark">Where the next read starts.</param>
public sealed record ActivityGroup(IReadOnlyList<Activity> Activities, string Watermark);
