using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Guards <c>/api/messages</c> so no input gets a 5xx: a body over the size cap gets 413 before the
/// adapter reads it, a body that is not a well-formed activity gets 400 with a short problem-details
/// body (<see cref="IncomingActivityValidator"/>), a bearer token the SDK cannot even parse gets 401,
/// and when the Bot Framework's signing keys cannot be fetched the request gets 503 (the channel
/// retries) with one log line. Messages under the cap but over the bot's message length get a polite
/// refusal from the bot.
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

        var invalid = await ValidateBodyAsync(http, max);
        if (invalid is not null)
        {
            return invalid;
        }

        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is SecurityTokenException or SecurityTokenMalformedException or ArgumentException && !http.Response.HasStarted
            && http.Request.Headers.Authorization.Count > 0)
        {
            logger.LogWarning("Rejected a request to /api/messages with a malformed bearer token: {Reason}", ex.Message);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }
        catch (Exception ex) when (IsSigningKeyFailure(ex) && !http.Response.HasStarted)
        {
            // Nobody's token can be checked right now, a real channel's included: 503 makes it retry,
            // where 401 would drop its message. One line, no stack trace: this repeats per request.
            logger.LogError("Could not fetch the Bot Framework signing keys to check a request to /api/messages ({Error}: {Reason}); answering 503",
                ex.GetType().Name, FirstSentence(ex.Message));
            http.Response.Headers.RetryAfter = "30";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The bot cannot verify requests right now.");
        }
    }

    private static async Task<IResult?> ValidateBodyAsync(HttpContext http, long max)
    {
        var request = http.Request;
        request.EnableBuffering();
        string body;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            body = await reader.ReadToEndAsync(http.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            return Problem("The body is not valid UTF-8.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var problem = IncomingActivityValidator.Check(body, out var cleaned);
        if (problem is not null)
        {
            return Problem(problem);
        }

        if (cleaned is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(cleaned.ToString(Newtonsoft.Json.Formatting.None));
            request.Body = new MemoryStream(bytes, writable: false);
            request.ContentLength = Math.Min(bytes.Length, max);
        }
        else
        {
            request.Body.Position = 0;
        }

        return null;
    }

    private static IResult Problem(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The activity is not valid.", detail: detail);

    // IdentityModel's messages embed the inner exception's stack trace after " Exception: '".
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Exception: '", StringComparison.Ordinal);
        var first = cut > 0 ? message[..cut] : message;
        return first.Length > 300 ? first[..300] : first;
    }

    // IdentityModel reports unreachable OpenID metadata as InvalidOperationException IDX20803 (or IDX10500
    // when no signing key could be found for a token), wrapping the HTTP failure.
    private static bool IsSigningKeyFailure(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException or IOException
                || e.Message.Contains("IDX20803", StringComparison.Ordinal) || e.Message.Contains("IDX20804", StringComparison.Ordinal)
                || e.Message.Contains("IDX10500", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
