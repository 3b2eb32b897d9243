using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Bots;

namespace Psychoed.Bot.Hosting;

/// <summary>Registers the bot host's services and endpoints.</summary>
public static class BotHostExtensions
{
    /// <summary>The URL the bot listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>Adds the options, the Bot Framework adapter and authentication, the bot and health checks.</summary>
    public static WebApplicationBuilder AddPsychoedBot(this WebApplicationBuilder builder)
    {
        // Only a default: --urls, ASPNETCORE_URLS / DOTNET_URLS and the *_HTTP_PORTS settings all win.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        AddOptions(builder.Services);
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
        builder.Services.AddTransient<IBot, PsychoedBot>();
        builder.Services.AddSingleton<MessagesEndpointFilter>();
        builder.Services.AddHealthChecks()
            .AddCheck<IndexReadyCheck>("index", tags: ["ready"])
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c>, <c>/healthz</c> (alive) and <c>/readyz</c> (index loaded, database reachable).</summary>
    public static WebApplication MapPsychoedEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(req, res, bot))
            .AddEndpointFilter<MessagesEndpointFilter>();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthResponse.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static void AddOptions(IServiceCollection services)
    {
        services.AddOptions<PsychoedOptions>()
            .BindConfiguration(PsychoedOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<PsychoedOptions>, PsychoedPathsSetup>();

        // The SDK reads these names from the configuration root; the startup check reads the same.
        services.AddOptions<BotCredentialOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.Bind(options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialOptions>, AnonymousModeCheck>();
    }
}
