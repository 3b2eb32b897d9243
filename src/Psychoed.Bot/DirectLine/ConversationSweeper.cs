namespace Psychoed.Bot.DirectLine;

/// <summary>
/// Forgets expired conversations every minute, so an idle visitor's open stream is closed and its
/// memory freed even when no other visitor comes along.
/// </summary>
public sealed class ConversationSweeper(ConversationStore store, TimeProvider time, ILogger<ConversationSweeper> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var forgotten = store.Sweep();
                if (forgotten > 0)
                {
                    logger.LogDebug("Forgot {Count} idle Direct Line conversations", forgotten);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
