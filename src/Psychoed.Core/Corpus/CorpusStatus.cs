namespace Psychoed.Core.Corpus;

/// <summary>
/// What the running bot last did with the corpus: the version it serves, article counts, and the
/// result of the last reload with its errors. The bot writes it on every reload; staff read it at
/// <c>GET /api/corpus/status</c> and with <c>psychoed corpus status</c>.
/// </summary>
public sealed record CorpusStatus
{
    /// <summary>The corpus folder.</summary>
    public string CorpusPath { get; init; } = "";

    /// <summary>Content hash of the snapshot being served (see <see cref="CorpusSnapshot.ContentHash"/>).</summary>
    public string ServingVersion { get; init; } = "";

    /// <summary>Content hash of the folder at the last reload attempt; differs from the served one after a failed reload.</summary>
    public string LastAttemptVersion { get; init; } = "";

    /// <summary>Articles served, by status name (<c>draft</c>, <c>in_review</c>, <c>published</c>, <c>retired</c>).</summary>
    public IReadOnlyDictionary<string, int> ArticlesByStatus { get; init; } = new Dictionary<string, int>();

    /// <summary>Passages in the search index being served.</summary>
    public int Passages { get; init; }

    /// <summary>When the bot last tried to load the corpus.</summary>
    public DateTimeOffset? LastReloadUtc { get; init; }

    /// <summary>The result of that attempt: <c>ok</c>, <c>failed</c> or <c>loading</c>.</summary>
    public string LastResult { get; init; } = "loading";

    /// <summary>When a reload last succeeded (the served content's age).</summary>
    public DateTimeOffset? LastSuccessUtc { get; init; }

    /// <summary>What made the last attempt fail, as <c>path:line: error: message</c> lines; empty after success.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>How many warnings the last attempt had.</summary>
    public int Warnings { get; init; }

    /// <summary>Reloads since the bot started, successful or not.</summary>
    public int Reloads { get; init; }
}
