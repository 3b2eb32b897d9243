using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Guards <c>/api/messages</c>: a body over the size cap gets 413 before the adapter reads it, and a
/// bearer token the SDK cannot even parse gets 401 (the SDK lets that one escape as a 500).
/// Messages under the cap but over the bot's message length get a polite refusal from the bot.
/// </summary>
internal sealed class MessagesEndpointFilter(IOptions<PsychoedOptions> options, ILogger<MessagesEndpointFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var max = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > max)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Also holds for chunked bodies, which announce no length.
            limit.MaxRequestBodySize = max;
        }

        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is SecurityTokenException or SecurityTokenMalformedException && !http.Response.HasStarted)
        {
            logger.LogWarning("Rejected a request to /api/messages with a malformed bearer token: {Reason}", ex.Message);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }
    }
}
