using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;

namespace Psychoed.Bot.DirectLine;

/// <summary>Registers the embedded Direct Line endpoint.</summary>
public static class DirectLineExtensions
{
    /// <summary>Adds the Direct Line services: tokens, the conversation store, the in-process adapter, rate limits.</summary>
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section);
        services.AddDataProtection();
        // Keys live with the bot's data, so visitors' tokens survive a restart (and the service
        // user's home folder need not be writable).
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<PsychoedOptions>, ILoggerFactory>((keys, psychoed, loggers) =>
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(psychoed.Value.DataPath, "keys")), loggers));
        services.AddDirectLineRateLimiting();
        // Behind the documented reverse proxy (deploy/selfhost/nginx.conf): visitors' addresses for the
        // rate limits and https for the wss:// stream URL. Only loopback proxies are trusted (the default).
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<IncomingActivityReader>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddHostedService<ConversationSweeper>();
        return builder;
    }

    /// <summary>Maps <c>/v3/directline/…</c> and the middleware it needs (forwarded headers, WebSockets, rate limiting).</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseWebSockets();
        app.UseRateLimiter();
        app.MapDirectLineRoutes();
        return app;
    }
}
