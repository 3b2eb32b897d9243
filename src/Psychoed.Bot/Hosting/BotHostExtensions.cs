using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Psychoed.Bot.Bots;

namespace Psychoed.Bot.Hosting;

/// <summary>Registers the bot host's services and endpoints.</summary>
public static class BotHostExtensions
{
    /// <summary>Adds the Bot Framework adapter, authentication and the bot.</summary>
    public static WebApplicationBuilder AddPsychoedBot(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://localhost:3978");
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter, AdapterWithErrorHandler>();
        builder.Services.AddTransient<IBot, PsychoedBot>();
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c> and the health endpoint.</summary>
    public static WebApplication MapPsychoedEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(req, res, bot));
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        return app;
    }
}
