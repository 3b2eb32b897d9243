using Microsoft.Extensions.Diagnostics.HealthChecks;
using Psychoed.Core.Search;
using Psychoed.Core.Serving;
using Psychoed.Data;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Ready when the search index is loaded and serving. Still loading is "degraded" (logged as a
/// warning, answered with 503) so that probes during a normal start do not fill the log with errors.
/// </summary>
internal sealed class IndexReadyCheck(IPassageSearch search, CorpusServer server) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.IsReady
            ? HealthCheckResult.Healthy("The search index is loaded.")
            : server.LastError is { } error
                ? HealthCheckResult.Unhealthy(error)
                : HealthCheckResult.Degraded("The search index is not loaded yet (the corpus is still loading)."));
}

/// <summary>Ready when the database file opens and answers a query.</summary>
internal sealed class DatabaseReadyCheck(PsychoedDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await database.IsReachableAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database is reachable.")
            : HealthCheckResult.Unhealthy($"The database at {database.FilePath} cannot be opened (see the log).");
}
