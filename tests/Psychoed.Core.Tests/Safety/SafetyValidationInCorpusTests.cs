using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

public sealed class SafetyValidationInCorpusTests
{
    [Fact]
    public async Task Corpus_validation_reports_a_safety_rule_that_the_safety_loader_rejects()
    {
        using var corpus = new TempCorpus();
        corpus.Write("topics.yaml", TempCorpus.TopicsYaml);
        corpus.Write("articles/a.md", TempCorpus.Article("a"));
        foreach (var name in SafetyCatalogLoader.FileNames)
        {
            var text = File.ReadAllText(Path.Combine(EvalCases.CorpusRoot, "safety", name));
            corpus.Write("safety/" + name, name == "rules.yaml" ? text.Replace("category: abuse\n", "category: abusee\n") : text);
        }

        var snapshot = await CorpusLoader.LoadAsync(corpus.Root);

        Assert.Contains(snapshot.Diagnostics, d => d.Path == "safety/rules.yaml" && d.Message.Contains("unknown category 'abusee'"));
    }

    [Fact]
    public async Task The_repository_corpus_has_no_safety_diagnostics()
    {
        // On the day the help lines were last verified: their freshness warnings a year on are for staff
        // (`psychoed corpus validate`), not a reason for this test to start failing.
        var snapshot = await CorpusLoader.LoadAsync(EvalCases.CorpusRoot, CancellationToken.None, new FixedClock(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero)));

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Path.StartsWith("safety/", StringComparison.Ordinal));
    }
}
