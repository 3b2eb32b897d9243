using System.Collections.Concurrent;
using Psychoed.Data;

namespace Psychoed.Bot.Tests.Support;

/// <summary>Keeps what the bot asked to record, in memory.</summary>
internal sealed class RecordingFeedbackStore : IFeedbackStore
{
    public ConcurrentQueue<FeedbackEntry> Feedback { get; } = new();

    public ConcurrentQueue<GapEntry> Gaps { get; } = new();

    public Task RecordFeedbackAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        Feedback.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task RecordGapAsync(GapEntry entry, CancellationToken cancellationToken = default)
    {
        Gaps.Enqueue(entry);
        return Task.CompletedTask;
    }
}
