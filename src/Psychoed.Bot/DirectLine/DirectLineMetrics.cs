using System.Diagnostics.Metrics;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The embedded Direct Line's memory, as metrics on the <c>Psychoed.DirectLine</c> meter (dotnet-counters,
/// OpenTelemetry): stored bytes and conversations as gauges, evictions and trimmed activities as counters.
/// </summary>
public sealed class DirectLineMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Psychoed.DirectLine";

    private readonly Counter<long> _evicted;
    private readonly Counter<long> _trimmed;

    /// <summary>Creates the instruments; <paramref name="bytes"/> and <paramref name="conversations"/> are read when observed.</summary>
    public DirectLineMetrics(IMeterFactory meters, Func<long> bytes, Func<int> conversations)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("psychoed.directline.stored_bytes", bytes, "By",
            "Bytes of activity JSON held by in-memory Direct Line conversations");
        meter.CreateObservableGauge("psychoed.directline.conversations", conversations, "{conversation}",
            "In-memory Direct Line conversations");
        _evicted = meter.CreateCounter<long>("psychoed.directline.evicted_conversations", "{conversation}",
            "Conversations forgotten to stay within the memory budget or the conversation cap");
        _trimmed = meter.CreateCounter<long>("psychoed.directline.trimmed_activities", "{activity}",
            "Oldest activities dropped to keep a conversation within its count and byte caps");
    }

    /// <summary>Counts conversations evicted for <paramref name="reason"/> (<c>budget</c> or <c>cap</c>).</summary>
    public void Evicted(int count, string reason) =>
        _evicted.Add(count, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>Counts trimmed activities.</summary>
    public void Trimmed(long count) => _trimmed.Add(count);
}
