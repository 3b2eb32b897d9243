using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The website chat's rate limits on ASP.NET Core's rate limiter: per client address for every Direct
/// Line request and for new tokens, and per conversation for posted activities. Other routes are not
/// limited here.
/// </summary>
public static class DirectLineRateLimiting
{
    /// <summary>Adds the limiter with a 429 JSON rejection.</summary>
    public static IServiceCollection AddDirectLineRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PerAddress(DirectLineRateLimit.Requests, o => o.RequestsPerAddress),
                PerAddress(DirectLineRateLimit.Tokens, o => o.TokensPerAddress),
                PerConversation());
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await DirectLineError.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "TooManyRequests",
                    "Too many requests. Please wait a moment and try again.");
            };
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> PerAddress(DirectLineRateLimit limit, Func<DirectLineOptions, int> permits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!Applies(http, limit))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return Window(http, limit.Name + ":" + address, permits);
        });

    private static PartitionedRateLimiter<HttpContext> PerConversation() =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!Applies(http, DirectLineRateLimit.Posts) || http.GetRouteValue("conversationId") is not string conversationId)
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            return Window(http, "posts:" + conversationId, o => o.PostsPerConversation);
        });

    private static bool Applies(HttpContext http, DirectLineRateLimit limit) =>
        http.GetEndpoint()?.Metadata.GetOrderedMetadata<DirectLineRateLimit>().Contains(limit) == true;

    private static RateLimitPartition<string> Window(HttpContext http, string key, Func<DirectLineOptions, int> permits)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits(options)),
            Window = options.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
