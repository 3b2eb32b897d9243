namespace Psychoed.Bot.DirectLine;

/// <summary>Direct Line's error body, <c>{"error":{"code","message"}}</c>, as an <see cref="IResult"/>.</summary>
public static class DirectLineError
{
    /// <summary>An error response with a machine-readable code and a plain message.</summary>
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    /// <summary>Writes an error response directly (for middleware and WebSocket handshakes).</summary>
    public static Task WriteAsync(HttpContext context, int status, string code, string message) =>
        Result(status, code, message).ExecuteAsync(context);
}
