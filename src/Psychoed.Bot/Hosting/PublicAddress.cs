namespace Psychoed.Bot.Hosting;

/// <summary>
/// The bot's public WebSocket origin (<c>ws://</c> or <c>wss://</c> host) from <see cref="PsychoedOptions.PublicUrl"/>,
/// or in Development from the request; null means "same origin as the page", so the Host header a
/// client sends is never echoed into a response outside Development.
/// </summary>
public static class PublicAddress
{
    /// <summary>The WebSocket origin to hand out, or null for a page-relative address.</summary>
    public static string? WebSocketOrigin(HttpContext http, PsychoedOptions options)
    {
        if (Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var configured))
        {
            return (configured.Scheme == Uri.UriSchemeHttps ? "wss://" : "ws://") + configured.Authority;
        }

        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        return environment.IsDevelopment()
            ? (http.Request.IsHttps ? "wss://" : "ws://") + http.Request.Host
            : null;
    }
}
