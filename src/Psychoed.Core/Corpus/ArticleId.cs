using System.Text.RegularExpressions;

namespace Psychoed.Core.Corpus;

/// <summary>
/// The one article id rule, for the corpus validator, the admin API and imports: lowercase letters,
/// digits and single hyphens, and a length limit. File paths are built from a valid id only, so
/// "../../etc/passwd" never reaches the file system.
/// </summary>
public static partial class ArticleId
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    // \A and \z, not ^ and $: "$" also matches before a final newline.
    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
