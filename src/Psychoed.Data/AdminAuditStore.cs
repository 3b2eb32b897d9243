using System.Globalization;
using Microsoft.Data.Sqlite;
using Psychoed.Core.Editing;

namespace Psychoed.Data;

/// <summary>
/// The audit log of article changes in the bot's database. Every row keeps the text before and
/// after, so any version the API ever replaced or wrote can be restored.
/// </summary>
public sealed class AdminAuditStore(PsychoedDatabase database, TimeProvider clock)
{
    /// <summary>Creates the audit table when missing.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        // Opening the database applies every migration, the audit table's included.
        await using var connection = await database.OpenAsync(cancellationToken);
    }

    /// <summary>
    /// Records a change and then runs <paramref name="write"/> (the file write) inside the same
    /// transaction: when the write fails nothing is recorded, and when recording fails nothing is written.
    /// </summary>
    public async Task<long> RecordAsync(string actor, string action, StoredArticle? previous, string articleId, string path, string newContent, string detail, Func<Task> write, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO admin_audit (created_utc, actor, action, article_id, path, previous_version, new_version, previous_content, new_content, detail)
            VALUES ($created, $actor, $action, $article, $path, $previousVersion, $newVersion, $previousContent, $newContent, $detail);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$created", PsychoedDatabase.FormatTime(clock.GetUtcNow()));
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$action", action);
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$previousVersion", (object?)previous?.Version ?? DBNull.Value);
        command.Parameters.AddWithValue("$newVersion", ArticleVersion.Of(newContent));
        command.Parameters.AddWithValue("$previousContent", (object?)previous?.Text ?? DBNull.Value);
        command.Parameters.AddWithValue("$newContent", newContent);
        command.Parameters.AddWithValue("$detail", detail);
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;

        await write();
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException)
        {
            // No unaudited change: put the previous text back (best effort) and report the failure.
            if (previous is not null)
            {
                await Psychoed.Core.Corpus.AtomicFile.WriteAllTextAsync(previous.FullPath, previous.Text, overwrite: true, CancellationToken.None);
            }

            throw;
        }

        return id;
    }

    /// <summary>The article's changes, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string articleId, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, created_utc, actor, action, article_id, path, previous_version, new_version, detail
            FROM admin_audit WHERE article_id = $article ORDER BY id DESC;
            """;
        command.Parameters.AddWithValue("$article", articleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8)));
        }

        return entries;
    }

    /// <summary>The text of a version of the article that the log holds (written or replaced), with its path; null when unknown.</summary>
    public async Task<(string Content, string Path)?> FindVersionAsync(string articleId, string version, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT CASE WHEN new_version = $version THEN new_content ELSE previous_content END, path
            FROM admin_audit
            WHERE article_id = $article AND (new_version = $version OR previous_version = $version)
            ORDER BY id DESC LIMIT 1;
            """;
        command.Parameters.AddWithValue("$article", articleId);
        command.Parameters.AddWithValue("$version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Who changed the article's text (created, updated or restored it) since it was last published.</summary>
    public async Task<IReadOnlySet<string>> AuthorsSinceLastPublishAsync(string articleId, CancellationToken cancellationToken)
    {
        var authors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in await HistoryAsync(articleId, cancellationToken))
        {
            if (entry.Action == AuditActions.Status && entry.Detail.EndsWith("-> published", StringComparison.Ordinal))
            {
                break;
            }

            if (entry.Action is AuditActions.Create or AuditActions.Update or AuditActions.Restore)
            {
                authors.Add(entry.Actor);
            }
        }

        return authors;
    }
}
