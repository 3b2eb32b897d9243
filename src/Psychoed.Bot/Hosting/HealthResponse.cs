using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Admin;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status, and the reasons (which
/// name paths and exception messages) only for staff who send a valid <c>X-Api-Key</c>.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var staff = IsStaff(context);
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), reason = staff ? e.Value.Description : null }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, s_json));
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerOptions.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private static bool IsStaff(HttpContext context)
    {
        var admin = context.RequestServices.GetService<IOptionsMonitor<AdminOptions>>()?.CurrentValue;
        return admin is { IsEnabled: true }
            && ApiKeyFilter.Matches(context.Request.Headers[ApiKeyFilter.HeaderName].ToString(), admin.ApiKey.Trim());
    }
}
