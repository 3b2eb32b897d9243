namespace Psychoed.Bot.Admin;

/// <summary>The admin API's JSON error shape: <c>{ "error": "...", "diagnostics": [...], "currentVersion": "..." }</c>.</summary>
internal static class AdminResults
{
    public static IResult Error(int status, string error, IEnumerable<string>? diagnostics = null, string? currentVersion = null) =>
        Results.Json(new AdminError(error, diagnostics?.ToList() ?? [], currentVersion), statusCode: status);

    /// <summary>The body of every admin API error.</summary>
    internal sealed record AdminError(string Error, IReadOnlyList<string> Diagnostics, string? CurrentVersion);
}
