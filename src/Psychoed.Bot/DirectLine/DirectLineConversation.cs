using System.Globalization;
using System.Threading.Channels;
using Microsoft.Bot.Schema;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// One conversation's activity log: every activity gets a sequence number, the watermark is the last
/// number a reader has seen, and WebSocket subscribers receive each new activity as it is appended.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _lock = new();
    private readonly List<(long Seq, Activity Activity)> _log = [];
    private readonly List<ChannelWriter<ActivityGroup>> _subscribers = [];
    private readonly int _maxActivities;
    private long _lastSeq;
    private long _lastActivityTicks;

    /// <summary>Creates an empty conversation.</summary>
    public DirectLineConversation(string id, string userId, DateTimeOffset now, int maxActivities)
    {
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        Touch(now);
    }

    /// <summary>The conversation id.</summary>
    public string Id { get; }

    /// <summary>The visitor's server-assigned id.</summary>
    public string UserId { get; }

    /// <summary>Serializes the bot's turns in this conversation, so state is never written by two at once.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    /// <summary>When the conversation last saw activity.</summary>
    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    /// <summary>The watermark after the newest activity.</summary>
    public string Watermark
    {
        get
        {
            lock (_lock)
            {
                return _lastSeq.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>Records that the conversation is in use.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActivityTicks, now.UtcTicks);

    /// <summary>Appends an activity, giving it its id, and pushes it to subscribers.</summary>
    public string Append(Activity activity)
    {
        lock (_lock)
        {
            _lastSeq++;
            activity.Id ??= ActivityId(_lastSeq);
            _log.Add((_lastSeq, activity));
            if (_log.Count > _maxActivities)
            {
                _log.RemoveAt(0);
            }

            Publish(activity);
            return activity.Id;
        }
    }

    /// <summary>Replaces an activity with the same id; readers and subscribers see the new version.</summary>
    public bool Replace(Activity activity)
    {
        lock (_lock)
        {
            var index = _log.FindIndex(e => e.Activity.Id == activity.Id);
            if (index < 0)
            {
                return false;
            }

            // Moved to the end under a new sequence number, so readers past the old position see it too.
            _log.RemoveAt(index);
            _lastSeq++;
            _log.Add((_lastSeq, activity));
            Publish(activity);
            return true;
        }
    }

    /// <summary>Removes an activity from the log (later reads no longer return it).</summary>
    public bool Remove(string activityId)
    {
        lock (_lock)
        {
            return _log.RemoveAll(e => e.Activity.Id == activityId) > 0;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (all of them for null).</summary>
    public ActivityGroup Read(long? watermark)
    {
        lock (_lock)
        {
            return Since(watermark);
        }
    }

    /// <summary>
    /// Subscribes to new activities: returns the backlog after <paramref name="watermark"/> and a reader
    /// of later batches, atomically, so nothing is missed or repeated.
    /// </summary>
    public (ActivityGroup Backlog, ChannelReader<ActivityGroup> Live, Action Unsubscribe) Subscribe(long? watermark)
    {
        var channel = Channel.CreateBounded<ActivityGroup>(new BoundedChannelOptions(256)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        lock (_lock)
        {
            _subscribers.Add(channel.Writer);
            return (Since(watermark), channel.Reader, () => Unsubscribe(channel.Writer));
        }
    }

    /// <summary>Ends every subscription (the conversation is being forgotten).</summary>
    public void Close()
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    private void Unsubscribe(ChannelWriter<ActivityGroup> writer)
    {
        lock (_lock)
        {
            _subscribers.Remove(writer);
            writer.TryComplete();
        }
    }

    private ActivityGroup Since(long? watermark)
    {
        var after = watermark ?? 0;
        var activities = _log.Where(e => e.Seq > after).Select(e => e.Activity).ToList();
        return new ActivityGroup(activities, _lastSeq.ToString(CultureInfo.InvariantCulture));
    }

    private void Publish(Activity activity)
    {
        var group = new ActivityGroup([activity], _lastSeq.ToString(CultureInfo.InvariantCulture));
        for (var i = _subscribers.Count - 1; i >= 0; i--)
        {
            // A subscriber too slow to drain 256 batches is cut off rather than silently skipped:
            // its client reconnects with its watermark and reads what it missed.
            if (!_subscribers[i].TryWrite(group))
            {
                _subscribers[i].TryComplete();
                _subscribers.RemoveAt(i);
            }
        }
    }

    private string ActivityId(long seq) => Id + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);
}
