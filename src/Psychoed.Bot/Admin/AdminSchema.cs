namespace Psychoed.Bot.Admin;

/// <summary>
/// The admin API's own table in the bot's database, kept here beside the code that uses it and
/// created at start (<see cref="AdminStartup"/>) with IF NOT EXISTS, so it never conflicts with the
/// bot's numbered migrations. Audit rows are kept; they hold staff names and article text, no user data.
/// </summary>
internal static class AdminSchema
{
    public const string Sql = """
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
        """;
}
