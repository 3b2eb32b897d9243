using Microsoft.Extensions.DependencyInjection.Extensions;
using Psychoed.Data;

namespace Psychoed.Bot.Admin;

/// <summary>Registers the admin API's options and services.</summary>
public static class AdminServiceExtensions
{
    /// <summary>Adds the admin API (map it with <see cref="AdminEndpoints.MapAdminApi"/>).</summary>
    public static WebApplicationBuilder AddPsychoedAdmin(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<AdminAuditStore>();
        services.AddSingleton<ArticleAdminService>();
        services.AddSingleton<ApiKeyFilter>();
        services.AddHostedService<AdminStartup>();
        return builder;
    }
}
