namespace Psychoed.Data;

/// <summary>
/// The database schema as an ordered list of steps. A step is never edited once shipped: changes
/// are new steps, applied on start to bring any older database up to date.
/// </summary>
public static class DatabaseMigrations
{
    public static IReadOnlyList<(int Version, string Sql)> Steps { get; } =
    [
        (1, """
            CREATE TABLE bot_state (
                key         TEXT PRIMARY KEY,
                etag        TEXT NOT NULL,
                json        TEXT NOT NULL,
                updated_utc TEXT NOT NULL
            );
            CREATE INDEX ix_bot_state_updated ON bot_state(updated_utc);

            CREATE TABLE feedback (
                id                INTEGER PRIMARY KEY AUTOINCREMENT,
                created_utc       TEXT NOT NULL,
                user_hash         TEXT NOT NULL,
                conversation_hash TEXT NOT NULL,
                channel           TEXT NOT NULL,
                passage_id        TEXT,
                article_id        TEXT,
                rating            TEXT NOT NULL CHECK (rating IN ('up', 'down')),
                comment           TEXT
            );
            CREATE INDEX ix_feedback_created ON feedback(created_utc);
            CREATE INDEX ix_feedback_article ON feedback(article_id);

            CREATE TABLE gaps (
                id                INTEGER PRIMARY KEY AUTOINCREMENT,
                created_utc       TEXT NOT NULL,
                user_hash         TEXT NOT NULL,
                conversation_hash TEXT NOT NULL,
                channel           TEXT NOT NULL,
                question          TEXT NOT NULL,
                reason            TEXT NOT NULL
            );
            CREATE INDEX ix_gaps_created ON gaps(created_utc);

            CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            """),
        // The staff audit trail. IF NOT EXISTS: databases from before this migration may already have
        // the table, created by the admin API itself at the time.
        (2, """
            CREATE TABLE IF NOT EXISTS admin_audit (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                created_utc      TEXT NOT NULL,
                actor            TEXT NOT NULL,
                action           TEXT NOT NULL,
                article_id       TEXT NOT NULL,
                path             TEXT NOT NULL,
                previous_version TEXT,
                new_version      TEXT NOT NULL,
                previous_content TEXT,
                new_content      TEXT NOT NULL,
                detail           TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX IF NOT EXISTS ix_admin_audit_article ON admin_audit(article_id, id);
            """),
    ];

    /// <summary>The schema version this build expects.</summary>
    public static int LatestVersion => Steps[^1].Version;
}
