using Microsoft.Net.Http.Headers;

namespace Psychoed.Bot.DirectLine;

/// <summary>Reads the <c>Authorization: Bearer</c> token of a Direct Line request and checks its conversation.</summary>
public sealed class DirectLineAuth(DirectLineTokenService tokens)
{
    /// <summary>The raw bearer token, or null.</summary>
    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }

    /// <summary>The token's grant, or the 401/403 to send instead.</summary>
    public (DirectLineToken? Grant, IResult? Error) Authenticate(HttpRequest request)
    {
        var token = BearerOf(request);
        if (token is null)
        {
            return (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "TokenMissing",
                "Send the Direct Line token as \"Authorization: Bearer <token>\"."));
        }

        return tokens.TryRead(token, out var grant) switch
        {
            TokenCheck.Valid => (grant, null),
            TokenCheck.Expired => (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired",
                "The token has expired. Start a new conversation.")),
            _ => (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "TokenInvalid", "The token is not valid.")),
        };
    }

    /// <summary>As <see cref="Authenticate"/>, and the token must be for <paramref name="conversationId"/> (403 otherwise).</summary>
    public (DirectLineToken? Grant, IResult? Error) AuthenticateFor(HttpRequest request, string conversationId)
    {
        var (grant, error) = Authenticate(request);
        if (error is not null)
        {
            return (null, error);
        }

        return string.Equals(grant!.ConversationId, conversationId, StringComparison.Ordinal)
            ? (grant, null)
            : (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "The token is not for this conversation."));
    }
}
