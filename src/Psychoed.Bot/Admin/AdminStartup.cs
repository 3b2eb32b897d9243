using Microsoft.Extensions.Options;
using Psychoed.Data;

namespace Psychoed.Bot.Admin;

/// <summary>Creates the audit table at start and says in the log whether the admin API is enabled.</summary>
internal sealed class AdminStartup(AdminAuditStore audit, IOptions<AdminOptions> options, ILogger<AdminStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await audit.EnsureSchemaAsync(cancellationToken);
        var key = options.Value.ApiKey.Trim();
        if (options.Value.IsEnabled)
        {
            logger.LogInformation("Admin API enabled at /api/admin (X-Api-Key)");
        }
        else if (key.Length > 0)
        {
            logger.LogWarning("Admin API disabled: Psychoed:Admin:ApiKey is shorter than {Min} characters", AdminOptions.MinKeyLength);
        }
        else
        {
            logger.LogInformation("Admin API disabled: Psychoed:Admin:ApiKey is not set");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
