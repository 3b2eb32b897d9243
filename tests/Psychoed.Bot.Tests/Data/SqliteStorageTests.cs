using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Psychoed.Bot.Tests.Support;
using Psychoed.Core.Answers;
using Psychoed.Data;

namespace Psychoed.Bot.Tests.Data;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PsychoedDatabase _database;
    private readonly SqliteStorage _storage;

    public SqliteStorageTests()
    {
        _database = new PsychoedDatabase(_folder.File("psychoed.db"));
        _storage = new SqliteStorage(_database);
    }

    [Fact]
    public async Task The_schema_is_created_with_its_version_on_first_use()
    {
        await _database.MigrateAsync();

        Assert.Equal(1, await _database.GetSchemaVersionAsync());
        Assert.True(await _database.IsReachableAsync());
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused_with_a_clear_message()
    {
        await _database.MigrateAsync();
        await using (var connection = new SqliteConnection($"Data Source={_database.FilePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99;";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PsychoedDatabase(_database.FilePath).MigrateAsync());

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Written_items_read_back_as_the_types_written()
    {
        await _storage.WriteAsync(new Dictionary<string, object>
        {
            ["memory"] = new ConversationMemory { LastPassageId = "ptsd#1", CrisisSeen = true, Region = "GB", Turns = 3 },
            ["state"] = new Dictionary<string, object> { ["welcomed"] = true },
        });

        var items = await _storage.ReadAsync(["memory", "state", "missing"]);

        var memory = Assert.IsType<ConversationMemory>(items["memory"]);
        Assert.Equal(("ptsd#1", true, "GB", 3), (memory.LastPassageId, memory.CrisisSeen, memory.Region, memory.Turns));
        Assert.Equal(true, Assert.IsAssignableFrom<IDictionary<string, object>>(items["state"])["welcomed"]);
        Assert.False(items.ContainsKey("missing"));
    }

    [Fact]
    public async Task Writing_with_a_stale_etag_fails_and_changes_nothing()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "first" } });
        var read = (Note)(await _storage.ReadAsync(["item"]))["item"];
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "second", ETag = read.ETag } });

        var stale = new Note { Text = "third", ETag = read.ETag };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteAsync(new Dictionary<string, object> { ["item"] = stale }));

        Assert.Contains("Etag conflict", error.Message, StringComparison.Ordinal);
        Assert.Equal("second", ((Note)(await _storage.ReadAsync(["item"]))["item"]).Text);
    }

    [Fact]
    public async Task Each_write_gives_a_new_etag()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "first" } });
        var first = ((Note)(await _storage.ReadAsync(["item"]))["item"]).ETag;
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "second", ETag = first } });

        var second = ((Note)(await _storage.ReadAsync(["item"]))["item"]).ETag;

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task A_wildcard_or_missing_etag_overwrites(string? etag)
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "first" } });

        await _storage.WriteAsync(new Dictionary<string, object> { ["item"] = new Note { Text = "forced", ETag = etag } });

        Assert.Equal("forced", ((Note)(await _storage.ReadAsync(["item"]))["item"]).Text);
    }

    [Fact]
    public async Task A_batch_with_one_conflict_writes_none_of_its_items()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a1" }, ["b"] = new Note { Text = "b1" } });

        var batch = new Dictionary<string, object> { ["a"] = new Note { Text = "a2" }, ["b"] = new Note { Text = "b2", ETag = "stale" } };
        await Assert.ThrowsAsync<InvalidOperationException>(() => _storage.WriteAsync(batch));

        var items = await _storage.ReadAsync(["a", "b"]);
        Assert.Equal(("a1", "b1"), (((Note)items["a"]).Text, ((Note)items["b"]).Text));
    }

    [Fact]
    public async Task Deleted_items_are_gone()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["a"] = new Note { Text = "a" } });

        await _storage.DeleteAsync(["a", "never-written"]);

        Assert.Empty(await _storage.ReadAsync(["a"]));
    }

    [Fact]
    public async Task Concurrent_writers_on_many_connections_all_succeed()
    {
        const int writers = 16;
        const int writesEach = 20;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var storage = new SqliteStorage(_database);
            for (var i = 0; i < writesEach; i++)
            {
                await storage.WriteAsync(new Dictionary<string, object>
                {
                    [$"writer-{w}"] = new Note { Text = $"{i}" },
                    ["shared"] = new Note { Text = $"{w}-{i}", ETag = "*" },
                });
            }
        })));

        var keys = Enumerable.Range(0, writers).Select(w => $"writer-{w}").Append("shared").ToArray();
        var items = await _storage.ReadAsync(keys);
        Assert.Equal(writers + 1, items.Count);
        Assert.All(Enumerable.Range(0, writers), w => Assert.Equal($"{writesEach - 1}", ((Note)items[$"writer-{w}"]).Text));
    }

    [Fact]
    public async Task Concurrent_optimistic_updates_never_lose_an_increment()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new Note { Text = "0" } });
        const int workers = 8;
        const int incrementsEach = 10;

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < incrementsEach;)
            {
                var current = (Note)(await _storage.ReadAsync(["counter"]))["counter"];
                var next = new Note { Text = $"{int.Parse(current.Text) + 1}", ETag = current.ETag };
                try
                {
                    await _storage.WriteAsync(new Dictionary<string, object> { ["counter"] = next });
                    done++;
                }
                catch (InvalidOperationException)
                {
                    // Someone else won this round; read again and retry.
                }
            }
        })));

        Assert.Equal($"{workers * incrementsEach}", ((Note)(await _storage.ReadAsync(["counter"]))["counter"]).Text);
    }

    [Fact]
    public async Task State_survives_a_restart()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["memory"] = new ConversationMemory { CrisisSeen = true, Region = "IE" } });
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteStorage(new PsychoedDatabase(_database.FilePath));
        var memory = Assert.IsType<ConversationMemory>((await reopened.ReadAsync(["memory"]))["memory"]);

        Assert.True(memory.CrisisSeen);
        Assert.Equal("IE", memory.Region);
    }

    [Fact]
    public async Task A_row_naming_a_type_outside_the_allow_list_is_refused()
    {
        await _database.MigrateAsync();
        await using (var connection = new SqliteConnection($"Data Source={_database.FilePath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO bot_state (key, etag, json, updated_utc)
                VALUES ('evil', 'x', '{"$type":"System.IO.FileInfo, System.Private.CoreLib","fileName":"/etc/passwd"}', '2026-01-01T00:00:00.000Z');
                """;
            await command.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAnyAsync<Exception>(() => _storage.ReadAsync(["evil"]));
    }

    [Fact]
    public async Task Conversation_state_round_trips_through_the_sdk()
    {
        var state = new ConversationState(_storage);
        var adapter = new Microsoft.Bot.Builder.Adapters.TestAdapter();
        var accessor = state.CreateProperty<ConversationMemory>("memory");

        await new Microsoft.Bot.Builder.Adapters.TestFlow(adapter, async (context, ct) =>
        {
            var memory = await accessor.GetAsync(context, () => new ConversationMemory(), ct);
            memory.Turns++;
            await context.SendActivityAsync($"turn {memory.Turns}", cancellationToken: ct);
            await state.SaveChangesAsync(context, false, ct);
        })
            .Send("a").AssertReply("turn 1")
            .Send("b").AssertReply("turn 2")
            .StartTestAsync();
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A store item with an ETag, as the SDK's storage tests use.</summary>
    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";

        public string? ETag { get; set; }
    }
}
