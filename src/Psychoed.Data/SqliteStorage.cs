using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;

namespace Psychoed.Data;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on the bot's SQLite database, with the SDK storages' ETag
/// rules: an <see cref="IStoreItem"/> written with a null or <c>*</c> ETag overwrites, one written
/// with a different ETag than the stored one fails with an "Etag conflict" and changes nothing.
/// Each write is one transaction, so a batch is all or nothing.
/// </summary>
public sealed class SqliteStorage(PsychoedDatabase database, TimeProvider? timeProvider = null) : IStorage
{
    private readonly PsychoedDatabase _database = database;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return items;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, json FROM bot_state WHERE key = $key;";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            keyParameter.Value = key;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                continue;
            }

            var etag = reader.GetString(0);
            var value = StateSerializer.Deserialize(reader.GetString(1));
            if (value is null)
            {
                continue;
            }

            if (value is IStoreItem storeItem)
            {
                storeItem.ETag = etag;
            }

            items[key] = value;
        }

        return items;
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE: take the write lock before reading the ETag, so check and write are atomic.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var now = PsychoedDatabase.FormatTime(_time.GetUtcNow());
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (value is IStoreItem item && item.ETag is { Length: > 0 } expected && expected != "*")
            {
                var current = await ReadETagAsync(connection, transaction, key, cancellationToken);
                if (current is not null && current != expected)
                {
                    throw new InvalidOperationException($"Etag conflict on '{key}': written with {expected}, stored {current}.");
                }
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO bot_state (key, etag, json, updated_utc) VALUES ($key, $etag, $json, $now)
                ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_utc = excluded.updated_utc;
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString("N"));
            command.Parameters.AddWithValue("$json", StateSerializer.Serialize(value));
            command.Parameters.AddWithValue("$now", now);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM bot_state WHERE key = $key;";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<string?> ReadETagAsync(SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT etag FROM bot_state WHERE key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The JSON settings for stored state: type names kept so reads return the types written, within an allow-list.</summary>
    private static class StateSerializer
    {
        private static readonly JsonSerializerSettings Settings = new()
        {
            TypeNameHandling = TypeNameHandling.All,
            SerializationBinder = new StateTypeBinder(),
            NullValueHandling = NullValueHandling.Include,
            ReferenceLoopHandling = ReferenceLoopHandling.Error,
            MaxDepth = 64,
        };

        public static string Serialize(object? value) => JsonConvert.SerializeObject(value, Settings);

        public static object? Deserialize(string json) => JsonConvert.DeserializeObject(json, Settings);
    }
}
