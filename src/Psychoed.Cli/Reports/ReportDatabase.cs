using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Psychoed.Cli.Reports;

/// <summary>
/// The bot's database opened read-only for reports. The reports only read the scrubbed tables
/// (<c>gaps</c>, <c>feedback</c>): questions and comments with personal data removed, ids hashed.
/// </summary>
internal sealed class ReportDatabase : IAsyncDisposable
{
    /// <summary>The bot's database file name under the data folder.</summary>
    public const string FileName = "psychoed.db";

    private readonly SqliteConnection _connection;

    private ReportDatabase(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens <c>{dataPath}/psychoed.db</c> read-only, or returns why it cannot.</summary>
    public static async Task<(ReportDatabase? Database, string? Error)> OpenAsync(string dataPath, CancellationToken cancellationToken)
    {
        var file = Path.Combine(dataPath, FileName);
        if (!File.Exists(file))
        {
            return (null, $"no database at {file}: run the bot first, or pass --data with the bot's data folder");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            return (new ReportDatabase(connection), null);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            return (null, $"cannot open {file}: {e.Message}");
        }
    }

    /// <summary>True when the table exists (an older or foreign database may lack it).</summary>
    public async Task<bool> HasTableAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name;";
        command.Parameters.AddWithValue("$name", table);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L) > 0;
    }

    /// <summary>Runs a query with a <c>$since</c> parameter and maps each row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql, DateTimeOffset since, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$since", FormatTime(since));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>The bot's sortable UTC time text, so <c>created_utc &gt;= $since</c> compares correctly.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
