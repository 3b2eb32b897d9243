using Psychoed.Core.Corpus;

namespace Psychoed.Core.Tests.Support;

/// <summary>The fixture corpus in <c>Fixtures/corpus-small</c> (six short articles, synonyms, an eval set).</summary>
internal static class SmallCorpus
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus-small");

    public static string EvalSetPath => Path.Combine(Root, "eval", "questions.yaml");

    public static Task<CorpusSnapshot> LoadAsync() => CorpusLoader.LoadAsync(Root, default, FixedClock.On(2026, 6, 1));

    /// <summary>A copy of <paramref name="snapshot"/> with a different content hash and, optionally, other articles.</summary>
    public static CorpusSnapshot Variant(CorpusSnapshot snapshot, string hash, IReadOnlyList<Article>? articles = null) =>
        snapshot with { ContentHash = hash, Articles = articles ?? snapshot.Articles };
}
