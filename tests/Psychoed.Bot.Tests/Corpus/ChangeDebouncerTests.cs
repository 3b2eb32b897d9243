using Psychoed.Bot.Corpus;

namespace Psychoed.Bot.Tests.Corpus;

public sealed class ChangeDebouncerTests
{
    [Fact]
    public async Task Hundreds_of_changes_in_a_burst_wake_the_reload_once()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), TimeProvider.System);

        for (var i = 0; i < 500; i++)
        {
            debouncer.Signal();
        }

        var coalesced = await debouncer.WaitForQuietAsync(CancellationToken.None);

        Assert.Equal(500, coalesced);
        Assert.False(debouncer.HasPending);
    }

    [Fact]
    public async Task A_change_during_the_wait_is_kept_for_the_next_reload()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(1), TimeProvider.System);
        debouncer.Signal();
        await debouncer.WaitForQuietAsync(CancellationToken.None);

        debouncer.Signal();

        Assert.True(debouncer.HasPending);
        Assert.Equal(1, await debouncer.WaitForQuietAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Waiting_stops_when_the_host_stops()
    {
        var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), TimeProvider.System);
        using var stop = new CancellationTokenSource();

        var wait = debouncer.WaitForQuietAsync(stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}
