using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Psychoed.Core.Search;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Search;

public sealed class QueryTreeScorerTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static readonly SearchOptions Options = new();

    [Theory]
    [InlineData("cant stop worrying about everything")]
    [InlineData("what is post-traumatic stress disorder and how do flashbacks feel")]
    [InlineData("i cant sleep and i feel anxious and on edge all day")]
    public void The_best_articles_and_their_scores_are_those_lucene_finds(string question)
    {
        Use(generation =>
        {
            var (plan, searcher) = Plan(generation, question);
            Assert.True(QueryTreeScorer.Supports(plan.ArticleQuery!));

            var direct = QueryTreeScorer.TopArticles(searcher, generation, plan.Lookup!, plan.ArticleQuery!, 3);
            var lucene = searcher.Search(plan.ArticleQuery!, 3).ScoreDocs;

            Assert.Equal(lucene.Select(d => d.Doc), direct.Select(d => d.Doc));
            Assert.All(direct.Zip(lucene), pair => Assert.Equal(pair.Second.Score, pair.First.Score, 3));
        });
    }

    [Theory]
    [InlineData("cant stop worrying about everything")]
    [InlineData("special k")]
    [InlineData("how do i do the 5 4 3 2 1 grounding thing when my heart is racing")]
    public void Chosen_passages_score_as_lucene_scores_them(string question)
    {
        Use(generation =>
        {
            var (plan, searcher) = Plan(generation, question);
            var chosen = generation.ArticlePassages.SelectMany(p => p).Order().ToList();

            var direct = QueryTreeScorer.Targets(searcher, plan.Lookup!, plan.Query!, chosen);
            var lucene = TargetedScoring.Score(searcher, plan.Query!, chosen);

            Assert.NotEmpty(direct);
            Assert.Equal(lucene.Select(d => d.Doc), direct.Select(d => d.Doc));
            Assert.All(direct.Zip(lucene), pair => Assert.Equal(pair.Second.Score, pair.First.Score, 3));
        });
    }

    private static (QueryPlan Plan, IndexSearcher Searcher) Plan(IndexGeneration generation, string question)
    {
        var plan = new QueryPlanner(generation.Reader, generation.Analyzer, generation.Vocabulary, Options).Plan(question);
        Assert.NotNull(plan.Query);
        return (plan, new IndexSearcher(generation.Reader) { Similarity = new BM25Similarity(Options.K1, Options.B) });
    }

    private void Use(Action<IndexGeneration> test)
    {
        var generation = fixture.Manager.Acquire();
        Assert.NotNull(generation);
        try
        {
            test(generation);
        }
        finally
        {
            generation.Release();
        }
    }
}
