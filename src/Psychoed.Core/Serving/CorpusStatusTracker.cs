using Microsoft.Extensions.Logging;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Serving;

/// <summary>
/// The corpus status staff see (<c>psychoed corpus status</c>, <c>GET /api/corpus/status</c>): kept in
/// memory and, for the bot, written to <c>{data}/corpus-status.json</c> after every load attempt.
/// </summary>
public sealed class CorpusStatusTracker(string corpusPath, string? dataPath, ILogger logger)
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _fileLock = new(1, 1);
    private CorpusStatus _current = new() { CorpusPath = corpusPath };

    /// <summary>The latest status.</summary>
    public CorpusStatus Current => Volatile.Read(ref _current);

    /// <summary>Applies <paramref name="change"/> and writes the status file; a failed write is logged, never thrown.</summary>
    public async Task UpdateAsync(Func<CorpusStatus, CorpusStatus> change, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Volatile.Write(ref _current, change(_current));
        }

        if (dataPath is null)
        {
            return;
        }

        await _fileLock.WaitAsync(cancellationToken);
        try
        {
            await CorpusStatusFile.WriteAsync(dataPath, Current, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not write the corpus status file in {DataPath}", dataPath);
        }
        finally
        {
            _fileLock.Release();
        }
    }
}
