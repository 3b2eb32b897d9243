using Psychoed.Core.Corpus;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Corpus;

/// <summary>
/// Front matter that makes the YAML library itself throw (not report) an error: each becomes a
/// <c>path:line</c> error on its own file and the rest of the corpus still loads.
/// </summary>
public sealed class ParserFailureTests
{
    private static readonly TimeProvider Today = FixedClock.On(2026, 11, 26);

    [Theory]
    [InlineData("unclosed-flow-title.md", 3)]
    [InlineData("unclosed-flow-summary.md", 4)]
    [InlineData("unclosed-quote-title.md", 3)]
    [InlineData("nested-unclosed.md", 4)]
    public async Task A_front_matter_the_yaml_library_chokes_on_is_a_located_error_and_the_other_articles_load(string fixture, int line)
    {
        using var corpus = new TempCorpus();
        corpus.Write($"articles/{fixture}", await ReadFixtureAsync(fixture));
        corpus.Write("articles/good.md", TempCorpus.Article("good"));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: Today);

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith($"articles/{fixture}:{line}: error: front matter: YAML does not parse", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
        Assert.Equal("good", Assert.Single(snapshot.Articles).Id);
    }

    [Fact]
    public async Task An_article_that_links_to_a_broken_one_is_still_served_with_a_warning()
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/anxiety/ocd.md", await ReadFixtureAsync("unclosed-flow-title.md"));
        corpus.Write("articles/linker.md", TempCorpus.Article("linker", body: "## What is it?\n\nIt is common. Read about [ocd](ocd). It can get better."));

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root, clock: Today);

        Assert.Equal("linker", Assert.Single(snapshot.Articles).Id);
        var warning = Assert.Single(snapshot.Diagnostics, d => d.Path == "articles/linker.md");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("points to articles/anxiety/ocd.md, which has errors", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_never_throws_on_thousands_of_mutated_articles()
    {
        var valid = TempCorpus.Article("mutant");
        var random = new Random(14);
        const string alphabet = "[]{}\"':-&*!|>%@`#,?\n \t\\";
        for (var i = 0; i < 3000; i++)
        {
            var chars = valid.ToCharArray().ToList();
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits; e++)
            {
                // Mostly the front matter, where the YAML scanner works.
                var at = random.Next(3, Math.Min(chars.Count, 420));
                switch (random.Next(3))
                {
                    case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 1: chars.RemoveAt(at); break;
                    default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var text = new string(chars.ToArray());
            var parsed = ArticleParser.Parse("articles/mutant.md", text);

            Assert.All(parsed.Diagnostics, d => Assert.InRange(d.Line, 1, text.Split('\n').Length + 1));
        }
    }

    [Fact]
    public void A_yaml_document_that_makes_the_scanner_throw_reports_the_line_of_the_culprit()
    {
        var (root, line, error) = SafeYaml.Load("a: 1\nb: [open\nc: 2\n");

        Assert.Null(root);
        Assert.Equal(2, line);
        Assert.StartsWith("YAML does not parse", error, StringComparison.Ordinal);
    }

    private static Task<string> ReadFixtureAsync(string name) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad-articles", name));
}
