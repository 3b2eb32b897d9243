using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Psychoed.Bot.Data;
using Psychoed.Bot.Tests.Support;
using Psychoed.Data;

namespace Psychoed.Bot.Tests.Data;

public sealed class FeedbackStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PsychoedDatabase _database;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly DataOptions _options = new() { HashSalt = "test-salt", FeedbackRetentionDays = 90, StateRetentionDays = 30 };

    public FeedbackStoreTests() => _database = new PsychoedDatabase(_folder.File("psychoed.db"));

    [Fact]
    public async Task Feedback_is_stored_with_hashed_ids_and_a_scrubbed_comment()
    {
        var store = Store();

        await store.RecordFeedbackAsync(new FeedbackEntry("29:user-aad-id", "a:conversation", "msteams", "ptsd-basics#2", Helpful: false,
            "my name is Jane Doe, email jane@example.com or call 555-123-4567"));

        var row = Assert.Single(await RowsAsync("SELECT user_hash, conversation_hash, channel, passage_id, article_id, rating, comment FROM feedback"));
        Assert.Equal(new IdentityHasher("test-salt").Hash("29:user-aad-id"), row[0]);
        Assert.DoesNotContain("user-aad-id", row[0], StringComparison.Ordinal);
        Assert.Equal(32, row[1]!.Length);
        Assert.Equal(("msteams", "ptsd-basics#2", "ptsd-basics", "down"), (row[2], row[3], row[4], row[5]));
        Assert.Equal("my name is [name], email [email] or call [phone]", row[6]);
    }

    [Fact]
    public async Task An_unanswered_question_is_stored_scrubbed()
    {
        var store = Store();

        await store.RecordGapAsync(new GapEntry("user", "conv", "webchat", "I live at 42 Elm Street, can you send a therapist?", "out_of_scope"));

        var row = Assert.Single(await RowsAsync("SELECT question, reason FROM gaps"));
        Assert.Equal(("I live at [address], can you send a therapist?", "out_of_scope"), (row[0], row[1]));
    }

    [Fact]
    public async Task Without_a_configured_salt_one_is_generated_once_and_kept_in_the_database()
    {
        _options.HashSalt = "";

        await Store().RecordGapAsync(new GapEntry("same-user", "c", "test", "question one", "out_of_scope"));
        await Store().RecordGapAsync(new GapEntry("same-user", "c", "test", "question two", "out_of_scope"));

        var hashes = (await RowsAsync("SELECT user_hash FROM gaps")).Select(r => r[0]).Distinct().ToList();
        Assert.Single(hashes);
        Assert.NotEqual(new IdentityHasher("test-salt").Hash("same-user"), hashes[0]);
    }

    [Fact]
    public async Task The_purge_removes_records_past_retention_and_idle_state_and_keeps_the_rest()
    {
        var store = Store();
        var storage = new SqliteStorage(_database, _time);
        await store.RecordFeedbackAsync(new FeedbackEntry("u", "c", "test", "a#0", true));
        await store.RecordGapAsync(new GapEntry("u", "c", "test", "old question", "out_of_scope"));
        await storage.WriteAsync(new Dictionary<string, object> { ["old-state"] = new Dictionary<string, object> { ["x"] = 1 } });

        _time.Advance(TimeSpan.FromDays(70));
        await store.RecordGapAsync(new GapEntry("u", "c", "test", "recent question", "out_of_scope"));
        await storage.WriteAsync(new Dictionary<string, object> { ["recent-state"] = new Dictionary<string, object> { ["x"] = 2 } });

        _time.Advance(TimeSpan.FromDays(25));
        var result = await store.PurgeAsync();

        Assert.Equal(new PurgeResult(Feedback: 1, Gaps: 1, State: 1), result);
        Assert.Equal(["recent question"], (await RowsAsync("SELECT question FROM gaps")).Select(r => r[0]));
        Assert.Equal(["recent-state"], (await storage.ReadAsync(["old-state", "recent-state"])).Keys);
    }

    [Fact]
    public async Task The_purge_service_logs_a_failure_instead_of_crashing_the_host()
    {
        var blocked = new PsychoedDatabase(Path.Combine(_folder.File("not-a-folder.txt"), "psychoed.db"));
        await File.WriteAllTextAsync(_folder.File("not-a-folder.txt"), "a file where the data folder should be");
        var service = new RetentionPurgeService(
            new SqliteFeedbackStore(blocked, _options, _time),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RetentionPurgeService>.Instance);

        Assert.Null(await service.RunOnceAsync(CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();

    private SqliteFeedbackStore Store() => new(_database, _options, _time);

    private async Task<List<string?[]>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i).ToString()).ToArray());
        }

        return rows;
    }
}
