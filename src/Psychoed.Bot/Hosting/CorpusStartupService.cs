namespace Psychoed.Bot.Hosting;

/// <summary>Loads the corpus and its index in the background once the host has started, so start-up is not held up.</summary>
internal sealed class CorpusStartupService(CorpusRuntime runtime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await runtime.LoadAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the corpus finished loading.
        }
    }
}
