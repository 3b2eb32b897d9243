using Psychoed.Bot.DirectLine;

namespace Psychoed.Bot.WebChat;

/// <summary>Registers the website chat: the page, the embed script, the token endpoint and Azure mode.</summary>
public static class WebChatExtensions
{
    /// <summary>Adds the web chat's options, help resources, page renderer and the Azure Direct Line client.</summary>
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HelpResourceSource>();
        services.AddSingleton<WebChatPage>();
        services.AddHttpClient<AzureDirectLineClient>().AddStandardResilienceHandler();
        return builder;
    }

    /// <summary>Maps <c>/</c>, <c>/embed.js</c>, <c>/api/webchat/config</c>, <c>/api/webchat/token</c> and the static files.</summary>
    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseStaticFiles();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // A new user running the README command should see where the chat is, not only "listening on".
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Psychoed.Bot.WebChat");
            foreach (var url in app.Urls)
            {
                logger.LogInformation("Website chat: open {Url}/ in a browser", url.TrimEnd('/'));
            }
        });
        app.MapGet("/", (HttpContext http, WebChatPage page, string? embed) =>
        {
            SetPageHeaders(http, page);
            // Any value but "0" or "false" means the page is in the embed panel; nothing here can fail.
            var embedded = embed is not null && embed != "0" && !embed.Equals("false", StringComparison.OrdinalIgnoreCase);
            return Results.Content(page.RenderPage(embedded), "text/html; charset=utf-8");
        });
        app.MapGet("/embed.js", (HttpContext http, WebChatPage page) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=300";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Content(page.RenderEmbedScript(), "text/javascript; charset=utf-8");
        });
        app.MapGet("/api/webchat/config", (WebChatPage page) => Results.Json(page.Config));
        app.MapPost("/api/webchat/token", WebChatTokenEndpoint.HandleAsync)
            .WithMetadata(DirectLineRateLimit.Tokens)
            .WithMetadata(DirectLineRateLimit.Requests);
        return app;
    }

    private static void SetPageHeaders(HttpContext http, WebChatPage page)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = page.ContentSecurityPolicy(http);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.CacheControl = "no-store";
    }
}
