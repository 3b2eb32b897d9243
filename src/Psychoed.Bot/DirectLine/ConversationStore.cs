using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The embedded Direct Line's conversations, in memory and bounded: a conversation idle for longer
/// than the timeout is forgotten, at the cap the longest-idle one makes room for a new one, and when
/// all conversations together hold more than the memory budget the longest-idle ones are forgotten.
/// Worst case: <see cref="DirectLineOptions.MaxTotalBytes"/> of activity JSON (each conversation at most
/// <see cref="DirectLineOptions.MaxConversationBytes"/>), plus object overhead of the same order.
/// </summary>
public sealed class ConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();
    private readonly TimeProvider _time;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly ILogger<ConversationStore> _logger;
    private readonly DirectLineMetrics? _metrics;
    private readonly Lock _budgetLock = new();
    private DateTimeOffset _lastSweep;
    private DateTimeOffset _lastBudgetWarning = DateTimeOffset.MinValue;

    /// <summary>Creates the store.</summary>
    public ConversationStore(TimeProvider time, IOptions<DirectLineOptions> options, ILogger<ConversationStore> logger, IMeterFactory? meters = null)
    {
        _time = time;
        _options = options;
        _logger = logger;
        _lastSweep = time.GetUtcNow();
        _metrics = meters is null ? null : new DirectLineMetrics(meters, () => TotalBytes, () => Count);
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>The bytes of activity JSON all conversations hold together (what the memory budget counts).</summary>
    public long TotalBytes => _conversations.Values.Sum(c => c.Bytes);

    /// <summary>The live conversation with this id, or null when unknown or expired.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        if (IsExpired(conversation, _time.GetUtcNow()))
        {
            Forget(conversation);
            return null;
        }

        return conversation;
    }

    /// <summary>Returns the token's conversation, creating it when it does not exist yet.</summary>
    public (DirectLineConversation Conversation, bool Created) GetOrCreate(DirectLineToken grant)
    {
        var existing = Find(grant.ConversationId);
        if (existing is not null)
        {
            return (existing, false);
        }

        lock (_createLock)
        {
            existing = Find(grant.ConversationId);
            if (existing is not null)
            {
                return (existing, false);
            }

            var now = _time.GetUtcNow();
            SweepIfDue(now);
            MakeRoom();
            var limits = _options.Value;
            var created = new DirectLineConversation(grant.ConversationId, grant.UserId, now,
                limits.MaxActivitiesPerConversation, limits.MaxConversationBytes, OnSizeChanged);
            _conversations[created.Id] = created;
            return (created, true);
        }
    }

    /// <summary>Forgets every expired conversation.</summary>
    public int Sweep()
    {
        var now = _time.GetUtcNow();
        var expired = _conversations.Values.Where(c => IsExpired(c, now)).ToList();
        foreach (var conversation in expired)
        {
            Forget(conversation);
        }

        _lastSweep = now;
        return expired.Count;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now - _lastSweep >= TimeSpan.FromMinutes(1))
        {
            Sweep();
        }
    }

    private void MakeRoom()
    {
        var cap = Math.Max(1, _options.Value.MaxConversations);
        if (_conversations.Count < cap)
        {
            return;
        }

        Sweep();
        var excess = _conversations.Count - cap + 1;
        if (excess <= 0)
        {
            return;
        }

        foreach (var idle in _conversations.Values.OrderBy(c => c.LastActivity).Take(excess).ToList())
        {
            Forget(idle);
        }

        _metrics?.Evicted(excess, "cap");
        _logger.LogWarning("Direct Line conversation cap of {Cap} reached; evicted {Count} idle conversations", cap, excess);
    }

    private void OnSizeChanged(DirectLineConversation conversation, long delta, int trimmed)
    {
        if (trimmed > 0)
        {
            _metrics?.Trimmed(trimmed);
        }

        if (delta > 0 && TotalBytes > _options.Value.MaxTotalBytes)
        {
            EnforceBudget(conversation);
        }
    }

    // Forgets the longest-idle conversations (never the one that just grew) until all fit the budget.
    private void EnforceBudget(DirectLineConversation growing)
    {
        lock (_budgetLock)
        {
            var budget = Math.Max(0, _options.Value.MaxTotalBytes);
            var total = TotalBytes;
            if (total <= budget)
            {
                return;
            }

            var evicted = 0;
            foreach (var idle in _conversations.Values.Where(c => !ReferenceEquals(c, growing)).OrderBy(c => c.LastActivity).ToList())
            {
                total -= idle.Bytes;
                Forget(idle);
                evicted++;
                if (total <= budget)
                {
                    break;
                }
            }

            if (evicted == 0)
            {
                return;
            }

            _metrics?.Evicted(evicted, "budget");
            var now = _time.GetUtcNow();
            if (now - _lastBudgetWarning >= TimeSpan.FromMinutes(1))
            {
                // At most once a minute: under a flood this would otherwise be a line per post.
                _lastBudgetWarning = now;
                _logger.LogWarning("Direct Line memory budget of {Budget} bytes reached; evicted {Count} idle conversation(s)", budget, evicted);
            }
        }
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActivity >= _options.Value.ConversationIdleTimeout;

    private void Forget(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }
}
