using System.Globalization;
using System.Threading.Channels;
using Microsoft.Bot.Schema;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// One conversation's activity log: every activity gets a sequence number, the watermark is the last
/// number a reader has seen, and WebSocket subscribers receive each new activity as it is appended.
/// The log is bounded by count and by bytes (its activities' JSON); the oldest go first, and sequence
/// numbers never change, so watermarks keep working after a trim.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _lock = new();
    private readonly List<(long Seq, Activity Activity, int Bytes)> _log = [];
    private readonly List<ChannelWriter<ActivityGroup>> _subscribers = [];
    private readonly int _maxActivities;
    private readonly int _maxBytes;
    private readonly Action<DirectLineConversation, long, int>? _sizeChanged;
    private long _lastSeq;
    private long _lastActivityTicks;
    private long _bytes;
    private bool _closed;

    /// <summary>Creates an empty conversation.</summary>
    /// <param name="id">The conversation id.</param>
    /// <param name="userId">The visitor's id.</param>
    /// <param name="now">When it starts.</param>
    /// <param name="maxActivities">The most activities kept.</param>
    /// <param name="maxBytes">The most bytes of activity JSON kept.</param>
    /// <param name="sizeChanged">Told how many bytes the log grew or shrank by and how many activities were trimmed, outside the conversation's lock.</param>
    public DirectLineConversation(string id, string userId, DateTimeOffset now, int maxActivities, int maxBytes = int.MaxValue,
        Action<DirectLineConversation, long, int>? sizeChanged = null)
    {
        Id = id;
        UserId = userId;
        _maxActivities = Math.Max(1, maxActivities);
        _maxBytes = Math.Max(1, maxBytes);
        _sizeChanged = sizeChanged;
        Touch(now);
    }

    /// <summary>The bytes of activity JSON held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>How many activities are held now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _log.Count;
            }
        }
    }

    /// <summary>How many activities were trimmed (count or byte cap) since the conversation started.</summary>
    public long Trimmed { get; private set; }

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
        var size = SizeOf(activity);
        long delta;
        int trimmed;
        string id;
        lock (_lock)
        {
            _lastSeq++;
            activity.Id ??= ActivityId(_lastSeq);
            id = activity.Id;
            if (_closed)
            {
                // Forgotten while a turn was running: nobody can read it, and it must not count.
                return id;
            }

            _log.Add((_lastSeq, activity, size));
            Interlocked.Add(ref _bytes, size);
            var before = Trimmed;
            delta = size + TrimLocked();
            trimmed = (int)(Trimmed - before);
            Publish(activity);
        }

        Report(delta, trimmed);
        return id;
    }

    /// <summary>Replaces an activity with the same id; readers and subscribers see the new version.</summary>
    public bool Replace(Activity activity)
    {
        var size = SizeOf(activity);
        long delta;
        int trimmed;
        lock (_lock)
        {
            var index = _log.FindIndex(e => e.Activity.Id == activity.Id);
            if (index < 0 || _closed)
            {
                return false;
            }

            // Moved to the end under a new sequence number, so readers past the old position see it too.
            delta = size - _log[index].Bytes;
            _log.RemoveAt(index);
            _lastSeq++;
            _log.Add((_lastSeq, activity, size));
            Interlocked.Add(ref _bytes, delta);
            var before = Trimmed;
            delta += TrimLocked();
            trimmed = (int)(Trimmed - before);
            Publish(activity);
        }

        Report(delta, trimmed);
        return true;
    }

    /// <summary>Removes an activity from the log (later reads no longer return it).</summary>
    public bool Remove(string activityId)
    {
        long delta = 0;
        lock (_lock)
        {
            for (var i = _log.Count - 1; i >= 0; i--)
            {
                if (_log[i].Activity.Id == activityId)
                {
                    delta -= _log[i].Bytes;
                    _log.RemoveAt(i);
                }
            }

            Interlocked.Add(ref _bytes, delta);
        }

        Report(delta, 0);
        return delta != 0;
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

    /// <summary>Ends every subscription and drops the log (the conversation is being forgotten); returns the bytes freed.</summary>
    public long Close()
    {
        lock (_lock)
        {
            _closed = true;
            _log.Clear();
            foreach (var subscriber in _subscribers)
            {
                subscriber.TryComplete();
            }

            _subscribers.Clear();
            return Interlocked.Exchange(ref _bytes, 0);
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

    // Oldest first, down to the caps; the newest activity always stays. Returns the (negative) change.
    private long TrimLocked()
    {
        long freed = 0;
        while (_log.Count > 1 && (_log.Count > _maxActivities || _bytes > _maxBytes))
        {
            freed -= _log[0].Bytes;
            Interlocked.Add(ref _bytes, -_log[0].Bytes);
            _log.RemoveAt(0);
            Trimmed++;
        }

        return freed;
    }

    // Outside the lock: the store may forget other conversations (taking their locks) in response.
    private void Report(long delta, int trimmed)
    {
        if (delta != 0 || trimmed != 0)
        {
            _sizeChanged?.Invoke(this, delta, trimmed);
        }
    }

    /// <summary>The size an activity is accounted at: its JSON as stored and served, in UTF-8 bytes.</summary>
    public static int SizeOf(Activity activity) =>
        System.Text.Encoding.UTF8.GetByteCount(DirectLineJson.Serialize(activity));

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
