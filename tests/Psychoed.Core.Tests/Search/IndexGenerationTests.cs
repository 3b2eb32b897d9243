using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Psychoed.Core.Search;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Search;

public sealed class IndexGenerationTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static readonly SearchOptions Options = new();

    [Fact]
    public void Every_article_has_one_whole_article_document_and_its_passages_in_reading_order()
    {
        Use(generation =>
        {
            Assert.Equal(fixture.Snapshot.Published.Count(), generation.ArticleCount);
            for (var article = 0; article < generation.ArticleCount; article++)
            {
                var passages = generation.ArticlePassages[article];
                Assert.NotEmpty(passages);
                Assert.True(generation.ArticleDoc[article] >= 0);
                Assert.DoesNotContain(generation.ArticleDoc[article], passages);
                Assert.Equal(passages.Order(), passages);
                var loaded = passages.Select(generation.LoadPassage).ToList();
                Assert.Single(loaded.Select(p => p.ArticleId).Distinct());
                Assert.Equal(Enumerable.Range(0, loaded.Count), loaded.Select(p => p.Position));
            }

            Assert.Equal(generation.Info.PassageCount, generation.ArticlePassages.Sum(p => p.Length));
        });
    }

    [Fact]
    public void A_passage_is_read_from_the_index_once_per_generation()
    {
        Use(generation =>
        {
            var doc = generation.ArticlePassages[0][0];
            Assert.Same(generation.LoadPassage(doc), generation.LoadPassage(doc));
        });
    }

    [Fact]
    public void Scoring_chosen_documents_gives_the_same_scores_as_a_full_search()
    {
        Use(generation =>
        {
            var query = new QueryPlanner(generation.Reader, generation.Analyzer, generation.Vocabulary, Options).Plan("cant stop worrying about everything").Query;
            Assert.NotNull(query);
            var searcher = new IndexSearcher(generation.Reader) { Similarity = new BM25Similarity(Options.K1, Options.B) };
            var full = searcher.Search(query, generation.Reader.MaxDoc).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
            var chosen = Enumerable.Range(0, generation.Reader.MaxDoc).Where(d => d % 2 == 0).ToList();

            var targeted = TargetedScoring.Score(searcher, query, chosen);

            Assert.NotEmpty(targeted);
            Assert.Equal(chosen.Where(full.ContainsKey), targeted.Select(d => d.Doc));
            Assert.All(targeted, d => Assert.Equal(full[d.Doc], d.Score, 4));
        });
    }

    [Fact]
    public void The_term_lookup_marks_exactly_the_documents_that_contain_a_term()
    {
        Use(generation =>
        {
            var plan = new QueryPlanner(generation.Reader, generation.Analyzer, generation.Vocabulary, Options).Plan("how can breathing help with panic");
            var lookup = plan.Lookup!;
            var body = Array.IndexOf(lookup.Fields, PassageFields.Body);
            var docs = Enumerable.Range(0, generation.Reader.MaxDoc).ToArray();
            var searcher = new IndexSearcher(generation.Reader);
            foreach (var term in plan.Terms.Where(t => lookup.DocFreq(t, body) > 0))
            {
                var found = new bool[docs.Length];
                lookup.MarkDocs(term, body, docs, found);

                var expected = searcher.Search(new TermQuery(new Term(PassageFields.Body, term)), docs.Length).ScoreDocs.Select(d => d.Doc).ToHashSet();
                Assert.Equal(expected.Order(), docs.Where(d => found[d]));
                Assert.Equal(expected.Count, lookup.DocFreq(term, body));
            }
        });
    }

    [Fact]
    public void Term_enumerators_handed_on_to_the_next_question_give_the_same_answers()
    {
        Use(generation =>
        {
            string[] fields = [PassageFields.Body, PassageFields.Title];
            var pool = new System.Collections.Concurrent.ConcurrentBag<TermsEnum?[,]>();
            var fresh = new TermLookup(generation.Reader, fields);
            var first = new TermLookup(generation.Reader, fields, pool);
            first.DocFreq("sleep");
            first.Dispose();

            var second = new TermLookup(generation.Reader, fields, pool);

            Assert.True(pool.IsEmpty);
            Assert.Throws<ObjectDisposedException>(() => first.Contexts("worry"));
            foreach (var term in new[] { "worry", "sleep", "anxiety", "zzzz" })
            {
                Assert.Equal(fresh.DocFreq(term, 0), second.DocFreq(term, 0));
                Assert.Equal(fresh.DocFreq(term, 1), second.DocFreq(term, 1));
            }
        });
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
