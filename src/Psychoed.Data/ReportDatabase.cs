using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Psychoed.Data;

/// <summary>
/// The bot's database opened read-only for reports. The reports only read the scrubbed tables
/// (<c>gaps</c>, <c>feedback</c>): questions and comments with personal data removed, ids hashed.
/// </summary>
public sealed class ReportDatabase : IAsyncDisposable
{
    /// <summary>The bot's database file name under the data folder.</summary>
    private readonly SqliteConnection _connection;

    private ReportDatabase(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens <c>{dataPath}/psychoed.db</c> read-only, or returns why it cannot.</summary>
    public static async Task<(ReportDatabase? Database, string? Error)> OpenAsync(string dataPath, CancellationToken cancellationToken)
    {
        var file = Path.Combine(dataPath, PsychoedDatabase.FileName);
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

    /// <summary>
    /// Runs a report on <paramref name="table"/> of <c>{dataPath}/psychoed.db</c>: a missing database, a file
    /// that is not one, or a missing table is one "error: ..." line on <paramref name="error"/> and exit code 2,
    /// never a stack trace.
    /// </summary>
    public static async Task<int> RunReportAsync(
        string dataPath, string table, TextWriter error, Func<ReportDatabase, Task> report, CancellationToken cancellationToken)
    {
        var (database, problem) = await OpenAsync(dataPath, cancellationToken);
        if (database is null)
        {
            await error.WriteLineAsync($"error: {problem}");
            return 2;
        }

        await using (database)
        {
            try
            {
                if (!await database.HasTableAsync(table, cancellationToken))
                {
                    await error.WriteLineAsync($"error: the database has no '{table}' table; is it the bot's psychoed.db?");
                    return 2;
                }

                await report(database);
                return 0;
            }
            catch (SqliteException e)
            {
                await error.WriteLineAsync($"error: cannot read {Path.Combine(dataPath, PsychoedDatabase.FileName)}: {e.Message}");
                return 2;
            }
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
    /// <summary>Ratings since <paramref name="since"/>, newest first.</summary>
    public Task<List<FeedbackRow>> FeedbackSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => QueryAsync(
        "SELECT article_id, passage_id, rating, comment, created_utc FROM feedback WHERE created_utc >= $since ORDER BY created_utc DESC;",
        since,
        r => new FeedbackRow(
            r.IsDBNull(0) ? null : r.GetString(0),
            r.IsDBNull(1) ? null : r.GetString(1),
            r.GetString(2) == "down",
            r.IsDBNull(3) ? null : r.GetString(3),
            r.GetString(4)),
        cancellationToken);

    /// <summary>Unanswered questions since <paramref name="since"/>, oldest first.</summary>
    public Task<List<GapRow>> GapsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => QueryAsync(
        "SELECT question, reason FROM gaps WHERE created_utc >= $since ORDER BY created_utc;",
        since,
        r => new GapRow(r.GetString(0), r.GetString(1)),
        cancellationToken);

    private async Task<List<T>> QueryAsync<T>(string sql, DateTimeOffset since, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
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
