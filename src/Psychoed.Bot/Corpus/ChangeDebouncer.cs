using System.Threading.Channels;

namespace Psychoed.Bot.Corpus;

/// <summary>
/// Coalesces file change notifications: any number of signals collapse into one pending wake-up,
/// and <see cref="WaitForQuietAsync"/> returns once no signal came for the quiet period (or the
/// maximum delay passed while they kept coming).
/// </summary>
internal sealed class ChangeDebouncer(TimeSpan quiet, TimeSpan maxDelay, TimeProvider clock)
{
    private readonly Channel<bool> _pending = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private int _signals;

    /// <summary>True when a change arrived that no wait has taken yet.</summary>
    public bool HasPending => _pending.Reader.Count > 0;

    /// <summary>Notes a change; cheap and safe from any thread (FileSystemWatcher callbacks).</summary>
    public void Signal()
    {
        Interlocked.Increment(ref _signals);
        _pending.Writer.TryWrite(true);
    }

    /// <summary>Waits for a change, then for quiet; returns how many signals were coalesced.</summary>
    public async Task<int> WaitForQuietAsync(CancellationToken cancellationToken)
    {
        await _pending.Reader.ReadAsync(cancellationToken);
        var start = clock.GetUtcNow();
        while (clock.GetUtcNow() - start < maxDelay)
        {
            using var quietTimer = new CancellationTokenSource(quiet, clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, quietTimer.Token);
            try
            {
                await _pending.Reader.ReadAsync(linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        return Interlocked.Exchange(ref _signals, 0);
    }
}
