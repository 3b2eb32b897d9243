using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Caps the size of a <c>/api/messages</c> request body: larger gets 413 before the adapter reads
/// it. Messages under the cap but over the bot's message length get a polite refusal from the bot.
/// </summary>
internal sealed class MessagesRequestLimit(IOptions<PsychoedOptions> options) : IEndpointFilter
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

        return await next(context);
    }
}
