using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Psychoed.Data;

/// <summary>
/// The bot's SQLite database file: conversation and user state, feedback and unanswered questions.
/// Opens short-lived pooled connections in WAL mode with a busy timeout, so concurrent turns wait
/// for each other instead of failing.
/// </summary>
public sealed class PsychoedDatabase
{
    /// <summary>The file name under the data folder.</summary>
    public const string FileName = "psychoed.db";

    private const int BusyTimeoutMilliseconds = 15_000;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrateLock = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Uses the database file at <paramref name="filePath"/>, creating its folder when needed.</summary>
    public PsychoedDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <summary>Formats a time the way every table stores it (sortable UTC text).</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Creates the schema or brings an older one up to date. Safe to call more than once.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (_migrated)
        {
            return;
        }

        await _migrateLock.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = await OpenCoreAsync(cancellationToken);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);", cancellationToken);

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var current = await ReadVersionAsync(connection, transaction, cancellationToken);
            if (current > DatabaseMigrations.LatestVersion)
            {
                throw new InvalidOperationException(
                    $"The database {FilePath} has schema version {current}, newer than this build understands " +
                    $"({DatabaseMigrations.LatestVersion}). Run a newer build or point Psychoed:DataPath elsewhere.");
            }

            foreach (var (version, sql) in DatabaseMigrations.Steps.Where(s => s.Version > current))
            {
                await ExecuteAsync(connection, sql, cancellationToken, transaction);
                await ExecuteAsync(connection, "DELETE FROM schema_version;", cancellationToken, transaction);
                await ExecuteAsync(connection, $"INSERT INTO schema_version (version) VALUES ({version});", cancellationToken, transaction);
            }

            await transaction.CommitAsync(cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migrateLock.Release();
        }
    }

    /// <summary>The schema version of the file, or 0 when it has none yet.</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadVersionAsync(connection, null, cancellationToken);
    }

    /// <summary>True when the file opens and answers a query; never throws.</summary>
    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_version;";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Opens a connection on a migrated database.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        return await OpenCoreAsync(cancellationToken);
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenCoreAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA synchronous=NORMAL;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is long v ? (int)v : 0;
    }
}
