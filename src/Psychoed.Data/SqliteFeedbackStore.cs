using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Psychoed.Core.Privacy;

namespace Psychoed.Data;

/// <summary>
/// Stores feedback and unanswered questions in the bot's database, scrubbed of personal data and
/// with ids hashed; also purges them (and idle state) after the retention period.
/// </summary>
public sealed class SqliteFeedbackStore(PsychoedDatabase database, DataOptions options, TimeProvider? timeProvider = null)
    : IFeedbackStore
{
    /// <summary>The longest comment kept, in characters.</summary>
    public const int MaxCommentLength = 500;

    private const int MaxQuestionLength = 1000;
    private const string SaltSettingKey = "hash_salt";
    private readonly PsychoedDatabase _database = database;
    private readonly DataOptions _options = options;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private IdentityHasher? _hasher;

    /// <inheritdoc />
    public async Task RecordFeedbackAsync(FeedbackEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var hasher = await GetHasherAsync(cancellationToken);
        var comment = Truncate(PiiScrubber.Scrub(entry.Comment), MaxCommentLength);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (created_utc, user_hash, conversation_hash, channel, passage_id, article_id, rating, comment)
            VALUES ($now, $user, $conversation, $channel, $passage, $article, $rating, $comment);
            """;
        command.Parameters.AddWithValue("$now", PsychoedDatabase.FormatTime(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$user", hasher.Hash(entry.UserId));
        command.Parameters.AddWithValue("$conversation", hasher.Hash(entry.ConversationId));
        command.Parameters.AddWithValue("$channel", Truncate(entry.ChannelId, 64));
        command.Parameters.AddWithValue("$passage", (object?)TruncateOrNull(entry.PassageId, 200) ?? DBNull.Value);
        command.Parameters.AddWithValue("$article", (object?)TruncateOrNull(entry.ArticleId, 200) ?? DBNull.Value);
        command.Parameters.AddWithValue("$rating", entry.Helpful ? "up" : "down");
        command.Parameters.AddWithValue("$comment", comment.Length > 0 ? comment : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordGapAsync(GapEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var question = Truncate(PiiScrubber.Scrub(entry.Question), MaxQuestionLength);
        if (question.Length == 0)
        {
            return;
        }

        var hasher = await GetHasherAsync(cancellationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO gaps (created_utc, user_hash, conversation_hash, channel, question, reason)
            VALUES ($now, $user, $conversation, $channel, $question, $reason);
            """;
        command.Parameters.AddWithValue("$now", PsychoedDatabase.FormatTime(_time.GetUtcNow()));
        command.Parameters.AddWithValue("$user", hasher.Hash(entry.UserId));
        command.Parameters.AddWithValue("$conversation", hasher.Hash(entry.ConversationId));
        command.Parameters.AddWithValue("$channel", Truncate(entry.ChannelId, 64));
        command.Parameters.AddWithValue("$question", question);
        command.Parameters.AddWithValue("$reason", Truncate(entry.Reason, 64));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Deletes feedback and gaps older than the feedback retention, and state untouched for longer
    /// than the state retention, measured from now. Returns how many rows went.
    /// </summary>
    public async Task<PurgeResult> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var recordsCutoff = PsychoedDatabase.FormatTime(now.AddDays(-_options.FeedbackRetentionDays));
        var stateCutoff = PsychoedDatabase.FormatTime(now.AddDays(-_options.StateRetentionDays));

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var feedback = await DeleteOlderAsync(connection, transaction, "feedback", "created_utc", recordsCutoff, cancellationToken);
        var gaps = await DeleteOlderAsync(connection, transaction, "gaps", "created_utc", recordsCutoff, cancellationToken);
        var state = await DeleteOlderAsync(connection, transaction, "bot_state", "updated_utc", stateCutoff, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PurgeResult(feedback, gaps, state);
    }

    private static async Task<int> DeleteOlderAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, string cutoff, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Table and column names come from the constants above, never from input.
        command.CommandText = $"DELETE FROM {table} WHERE {column} < $cutoff;";
        command.Parameters.AddWithValue("$cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IdentityHasher> GetHasherAsync(CancellationToken cancellationToken)
    {
        if (_hasher is { } hasher)
        {
            return hasher;
        }

        var salt = _options.HashSalt is { Length: > 0 } configured ? configured : await GetOrCreateStoredSaltAsync(cancellationToken);
        return _hasher = new IdentityHasher(salt);
    }

    private async Task<string> GetOrCreateStoredSaltAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // INSERT OR IGNORE then SELECT: two processes starting together agree on one salt.
        command.CommandText = """
            INSERT OR IGNORE INTO settings (key, value) VALUES ($key, $value);
            SELECT value FROM settings WHERE key = $key;
            """;
        command.Parameters.AddWithValue("$key", SaltSettingKey);
        command.Parameters.AddWithValue("$value", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] : text;

    private static string? TruncateOrNull(string? text, int max) => text is null ? null : Truncate(text, max);
}
