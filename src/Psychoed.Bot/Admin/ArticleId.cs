using System.Text.RegularExpressions;

namespace Psychoed.Bot.Admin;

/// <summary>
/// Article ids as the API accepts them: the corpus slug rule and a length limit. File paths are
/// built from a valid id only, so "../../etc/passwd" never reaches the file system.
/// </summary>
internal static partial class ArticleId
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
