using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Psychoed.Cli.Tests.Support;

/// <summary>
/// A psychoed.db in a temp data folder with the bot's feedback and gaps tables (same columns as the
/// bot's schema), filled with scrubbed-looking rows for the report commands to read.
/// </summary>
internal sealed class SeededDatabase : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private const string Schema = """
        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT, created_utc TEXT NOT NULL, user_hash TEXT NOT NULL,
            conversation_hash TEXT NOT NULL, channel TEXT NOT NULL, passage_id TEXT, article_id TEXT,
            rating TEXT NOT NULL CHECK (rating IN ('up', 'down')), comment TEXT);
        CREATE TABLE gaps (
            id INTEGER PRIMARY KEY AUTOINCREMENT, created_utc TEXT NOT NULL, user_hash TEXT NOT NULL,
            conversation_hash TEXT NOT NULL, channel TEXT NOT NULL, question TEXT NOT NULL, reason TEXT NOT NULL);
        """;

    private readonly TempFolder _folder = new();

    public SeededDatabase()
    {
        using var connection = Open();
        Execute(connection, Schema);
    }

    public string DataPath => _folder.Root;

    public string FilePath => Path.Combine(_folder.Root, "psychoed.db");

    public SeededDatabase Gap(string question, string reason = "out_of_scope", int daysAgo = 1)
    {
        using var connection = Open();
        Insert(connection, "INSERT INTO gaps (created_utc, user_hash, conversation_hash, channel, question, reason) VALUES ($t, 'u1', 'c1', 'webchat', $q, $r);",
            ("$t", Time(daysAgo)), ("$q", question), ("$r", reason));
        return this;
    }

    public SeededDatabase Rating(string? passageId, bool down, string? comment = null, int daysAgo = 1)
    {
        using var connection = Open();
        Insert(connection, "INSERT INTO feedback (created_utc, user_hash, conversation_hash, channel, passage_id, article_id, rating, comment) VALUES ($t, 'u1', 'c1', 'webchat', $p, $a, $r, $c);",
            ("$t", Time(daysAgo)), ("$p", passageId), ("$a", passageId?.Split('#')[0]), ("$r", down ? "down" : "up"), ("$c", comment));
        return this;
    }

    public CliEnvironment Environment => new(new FixedClock(Now), () => throw new InvalidOperationException("reports do not use the network"));

    private static string Time(int daysAgo) =>
        Now.AddDays(-daysAgo).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Insert(SqliteConnection connection, string sql, params (string Name, string? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();
}
