using Psychoed.Data;

namespace Psychoed.Bot.Data;

/// <summary>Creates or migrates the database schema when the host starts; a database that cannot be opened stops the start with the reason.</summary>
internal sealed class DatabaseStartup(PsychoedDatabase database, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database ready at {Path} (schema version {Version})", database.FilePath, DatabaseMigrations.LatestVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
