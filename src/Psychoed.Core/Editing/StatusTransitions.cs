using Psychoed.Core.Corpus;

namespace Psychoed.Core.Editing;

/// <summary>
/// The review life cycle as data: draft → in_review → published → retired, plus the ways back
/// (changes requested, pulled for edits, revived as a draft).
/// </summary>
public static class StatusTransitions
{
    private static readonly Dictionary<ArticleStatus, ArticleStatus[]> Allowed = new()
    {
        [ArticleStatus.Draft] = [ArticleStatus.InReview],
        [ArticleStatus.InReview] = [ArticleStatus.Published, ArticleStatus.Draft],
        [ArticleStatus.Published] = [ArticleStatus.Retired, ArticleStatus.InReview],
        [ArticleStatus.Retired] = [ArticleStatus.Draft],
    };

    public static bool IsAllowed(ArticleStatus from, ArticleStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<ArticleStatus> From(ArticleStatus from) => Allowed[from];

    /// <summary>Parses a front matter status name (<c>in_review</c>); null when unknown.</summary>
    public static ArticleStatus? Parse(string? name) =>
        Enum.GetValues<ArticleStatus>().Cast<ArticleStatus?>().FirstOrDefault(s => ArticleParser.StatusName(s!.Value) == name?.Trim());
}
