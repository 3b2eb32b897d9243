using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The embedded Direct Line's conversations, in memory and bounded: a conversation idle for longer
/// than the timeout is forgotten, and at the cap the longest-idle one makes room for a new one.
/// </summary>
public sealed class ConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createLock = new();
    private readonly TimeProvider _time;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly ILogger<ConversationStore> _logger;
    private DateTimeOffset _lastSweep;

    /// <summary>Creates the store.</summary>
    public ConversationStore(TimeProvider time, IOptions<DirectLineOptions> options, ILogger<ConversationStore> logger)
    {
        _time = time;
        _options = options;
        _logger = logger;
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

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
            var created = new DirectLineConversation(grant.ConversationId, grant.UserId, now, _options.Value.MaxActivitiesPerConversation);
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

        _logger.LogWarning("Direct Line conversation cap of {Cap} reached; evicted {Count} idle conversations", cap, excess);
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
