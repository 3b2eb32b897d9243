using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Psychoed.Bot.DirectLine;

namespace Psychoed.Bot.WebChat;

/// <summary>
/// <c>POST /api/webchat/token</c>: a Direct Line token for an anonymous visitor, bound to a new conversation
/// and a server-assigned user id. From the embedded Direct Line, or from Azure's when a secret is configured.
/// </summary>
public static class WebChatTokenEndpoint
{
    /// <summary>Handles the request.</summary>
    public static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<WebChatOptions> options, DirectLineTokenService tokens, ILoggerFactory loggers)
    {
        if (!options.Value.UsesAzure)
        {
            var (token, grant) = tokens.IssueForNewConversation();
            return Results.Json(new Dictionary<string, object>
            {
                ["token"] = token,
                ["conversationId"] = grant.ConversationId,
                ["expires_in"] = tokens.LifetimeSeconds,
                ["userId"] = grant.UserId,
            });
        }

        var azure = http.RequestServices.GetRequiredService<AzureDirectLineClient>();
        var userId = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        try
        {
            var issued = await azure.GenerateTokenAsync(userId, http.RequestAborted);
            return Results.Json(new Dictionary<string, object>
            {
                ["token"] = issued.Token,
                ["conversationId"] = issued.ConversationId,
                ["expires_in"] = issued.ExpiresIn,
                ["domain"] = azure.Domain,
                ["userId"] = userId,
            });
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException
            or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            loggers.CreateLogger(typeof(WebChatTokenEndpoint)).LogWarning(e, "Could not get a Direct Line token from Azure");
            return DirectLineError.Result(StatusCodes.Status502BadGateway, "DirectLineUnavailable",
                "The chat service cannot be reached right now. Please try again in a moment.");
        }
    }
}
