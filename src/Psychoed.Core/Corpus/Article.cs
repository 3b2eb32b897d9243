namespace Psychoed.Core.Corpus;

/// <summary>A parsed article: its front matter and its body split into sections.</summary>
public sealed record Article
{
    /// <summary>Stable slug, unique in the corpus.</summary>
    public required string Id { get; init; }

    /// <summary>The article's title.</summary>
    public required string Title { get; init; }

    /// <summary>One or two sentences on what it covers.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Topic ids from <c>topics.yaml</c>; the first is the main topic.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Who it is written for (general, patients, family, staff).</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>Language code, <c>en</c>.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Review life-cycle status.</summary>
    public ArticleStatus Status { get; init; }

    /// <summary>When a reviewer last checked it.</summary>
    public DateOnly? LastReviewed { get; init; }

    /// <summary>The reviewer's role or name; empty only for drafts.</summary>
    public string ReviewedBy { get; init; } = "";

    /// <summary>Sources its facts come from.</summary>
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];

    /// <summary>Which referral prompt fits (therapist, prescriber, gp, trauma-therapist, crisis).</summary>
    public string Referral { get; init; } = "therapist";

    /// <summary>The checkable facts it states, each with its source and when it was checked (the fact register).</summary>
    public IReadOnlyList<ArticleClaim> Claims { get; init; } = [];

    /// <summary>The article's page on the clinic's site, if any.</summary>
    public string? Url { get; init; }

    /// <summary>Text before the first heading, as plain paragraphs.</summary>
    public IReadOnlyList<string> Lead { get; init; } = [];

    /// <summary>The body's H2/H3 sections in order.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];

    /// <summary>Path relative to the corpus root, with forward slashes.</summary>
    public string RelativePath { get; init; } = "";
}
