using System.Data.Common;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Psychoed.Data;

/// <summary>
/// Bot state storage that never stops a turn because the database is down: a read that fails (the
/// file cannot be opened, a disk error, a stored row that no longer deserializes) returns no state, so
/// the turn runs on fresh state, and a write that fails is logged and dropped. Answering someone,
/// above all someone in crisis, matters more than remembering the conversation. ETag conflicts and
/// argument errors still surface: they are the caller's to handle.
/// </summary>
public sealed class FailSoftStorage(IStorage inner, ILogger<FailSoftStorage> logger) : IStorage
{
    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(keys, cancellationToken);
        }
        catch (Exception ex) when (IsUnavailable(ex) || ex is Newtonsoft.Json.JsonException)
        {
            logger.LogError(ex, "Could not read bot state ({Count} key(s)); this turn runs on fresh state", keys.Length);
            return new Dictionary<string, object>();
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.WriteAsync(changes, cancellationToken);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            logger.LogError(ex, "Could not save bot state ({Count} key(s)); the conversation will not remember this turn", changes.Count);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        try
        {
            await inner.DeleteAsync(keys, cancellationToken);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            logger.LogError(ex, "Could not delete bot state ({Count} key(s))", keys.Length);
        }
    }

    private static bool IsUnavailable(Exception ex) => ex is DbException or IOException or UnauthorizedAccessException;
}
