using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Psychoed.Bot.Admin;

/// <summary>
/// Guards the admin and status endpoints with the <c>X-Api-Key</c> header. The key is compared in
/// constant time over SHA-256 hashes (equal lengths, so the time says nothing about the key), a
/// missing or wrong key gets the same 401 after the same fixed delay, and without a configured key
/// every call gets 503: the API is never open by default.
/// </summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<AdminOptions> options, TimeProvider clock, ILogger<ApiKeyFilter> logger) : IEndpointFilter
{
    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = options.CurrentValue;
        var http = context.HttpContext;
        if (!settings.IsEnabled)
        {
            return AdminResults.Error(StatusCodes.Status503ServiceUnavailable,
                $"The admin API is disabled: configure Psychoed:Admin:ApiKey (at least {AdminOptions.MinKeyLength} characters) to enable it.");
        }

        var presented = http.Request.Headers[HeaderName].ToString();
        if (!Matches(presented, settings.ApiKey.Trim()))
        {
            logger.LogWarning("Admin API: rejected a request to {Path} from {Remote} (missing or wrong API key)",
                http.Request.Path.Value, http.Connection.RemoteIpAddress);
            await Task.Delay(settings.FailedAuthDelay, clock, http.RequestAborted);
            http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{HeaderName}\"";
            return AdminResults.Error(StatusCodes.Status401Unauthorized, "Unauthorized.");
        }

        return await next(context);
    }

    /// <summary>Constant-time comparison of the presented key with the configured one.</summary>
    internal static bool Matches(string presented, string configured)
    {
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        return CryptographicOperations.FixedTimeEquals(a, b) && presented.Length > 0;
    }
}
