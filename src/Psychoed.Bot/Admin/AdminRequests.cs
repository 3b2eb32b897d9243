using System.Text.RegularExpressions;

namespace Psychoed.Bot.Admin;

/// <summary>The body of <c>PUT /api/admin/articles/{id}</c> when sent as JSON.</summary>
/// <param name="Markdown">The whole article file: front matter and body.</param>
/// <param name="Actor">Who is saving (recorded in the audit log).</param>
/// <param name="Version">The version this edit started from (or send <c>If-Match</c>).</param>
internal sealed record ArticleSaveRequest(string? Markdown, string? Actor, string? Version);

/// <summary>The body of <c>POST /api/admin/articles/{id}/status</c>.</summary>
/// <param name="Status">The new status: <c>in_review</c>, <c>published</c>, <c>retired</c> or <c>draft</c>.</param>
/// <param name="Actor">Who changes it; for <c>published</c>, the reviewer, who must not be an author.</param>
/// <param name="Reviewer">For <c>in_review</c>: the reviewer asked to check it, when the file names none.</param>
/// <param name="Version">Optional: the version the change is based on.</param>
internal sealed record StatusChangeRequest(string? Status, string? Actor, string? Reviewer, string? Version);

/// <summary>The body of <c>POST /api/admin/articles/{id}/restore/{version}</c>.</summary>
/// <param name="Actor">Who restores it.</param>
internal sealed record RestoreRequest(string? Actor);

/// <summary>Checks the names people give as actor or reviewer.</summary>
internal static partial class ActorName
{
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name.Trim());

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} .,@'()_-]{0,99}$")]
    private static partial Regex Pattern();
}
