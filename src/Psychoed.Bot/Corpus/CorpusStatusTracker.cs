using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Corpus;

namespace Psychoed.Bot.Corpus;

/// <summary>
/// Holds what the bot serves and how the last corpus reload went, for <c>GET /api/corpus/status</c>,
/// and mirrors it to <c>{data}/corpus-status.json</c> for <c>psychoed corpus status</c>.
/// </summary>
public sealed class CorpusStatusTracker(IOptions<PsychoedOptions> options, ILogger<CorpusStatusTracker> logger)
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _fileLock = new(1, 1);
    private CorpusStatus _current = new() { CorpusPath = options.Value.CorpusPath };

    /// <summary>The latest status.</summary>
    public CorpusStatus Current => Volatile.Read(ref _current);

    /// <summary>Applies <paramref name="change"/> and writes the status file (a failure to write is logged, never thrown).</summary>
    public async Task UpdateAsync(Func<CorpusStatus, CorpusStatus> change, CancellationToken cancellationToken = default)
    {
        CorpusStatus next;
        lock (_gate)
        {
            next = change(_current);
            Volatile.Write(ref _current, next);
        }

        await _fileLock.WaitAsync(cancellationToken);
        try
        {
            await CorpusStatusFile.WriteAsync(options.Value.DataPath, Current, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not write the corpus status file in {DataPath}", options.Value.DataPath);
        }
        finally
        {
            _fileLock.Release();
        }
    }
}
