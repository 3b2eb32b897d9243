using Psychoed.Data;

namespace Psychoed.Bot.Data;

/// <summary>
/// Enforces the retention periods: purges old feedback, unanswered questions and idle state once
/// at start and then every few hours. A failed purge is logged and retried on the next round.
/// </summary>
internal sealed class RetentionPurgeService(SqliteFeedbackStore store, ILogger<RetentionPurgeService> logger, TimeProvider? timeProvider = null)
    : BackgroundService
{
    /// <summary>How often the purge runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Runs one purge; never throws except on cancellation.</summary>
    public async Task<PurgeResult?> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await store.PurgeAsync(cancellationToken);
            logger.LogInformation("Retention purge removed {Feedback} feedback, {Gaps} unanswered questions and {State} idle state rows",
                result.Feedback, result.Gaps, result.State);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Retention purge failed; it will be retried in {Interval}", Interval);
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Yield first so host start-up is not held up by the purge.
            await Task.Yield();
            using var timer = new PeriodicTimer(Interval, _time);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
