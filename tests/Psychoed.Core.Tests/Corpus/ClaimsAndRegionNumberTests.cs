using Psychoed.Core.Corpus;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Corpus;

/// <summary>The fact register (<c>claims:</c>) and the region-placeholder rules, each failing at its own line.</summary>
public sealed class ClaimsAndRegionNumberTests
{
    private static readonly TimeProvider Today = FixedClock.On(2026, 11, 26);

    private const string GoodClaims = """
        claims:
          - text: Esketamine was approved in 2019.
            source: https://www.fda.gov/news-events/press-announcements/example
            checked: 2026-05-01
            volatile: true
          - text: A trial found a benefit.
            source: https://doi.org/10.1000/example
            checked: 2026-11-20
        """;

    [Fact]
    public async Task Claims_are_parsed_with_their_source_date_volatility_and_line()
    {
        var (snapshot, text) = await LoadAsync(TempCorpus.Article("a", GoodClaims));

        Assert.Empty(snapshot.Diagnostics);
        var claims = Assert.Single(snapshot.Articles).Claims;
        Assert.Equal(2, claims.Count);
        Assert.Equal("Esketamine was approved in 2019.", claims[0].Text);
        Assert.Equal("https://www.fda.gov/news-events/press-announcements/example", claims[0].Source);
        Assert.Equal(new DateOnly(2026, 5, 1), claims[0].Checked);
        Assert.True(claims[0].Volatile);
        Assert.False(claims[1].Volatile);
        Assert.Equal(LineOf(text, "- text: Esketamine"), claims[0].Line);
    }

    [Fact]
    public async Task An_article_without_claims_has_an_empty_register()
    {
        var (snapshot, _) = await LoadAsync(TempCorpus.Article("a"));

        Assert.Empty(Assert.Single(snapshot.Articles).Claims);
    }

    [Theory]
    [InlineData("claims: not a list", "claims: not a list", "claims must be a list")]
    [InlineData("claims:\n  - just a string", "- just a string", "each claim must have 'text', 'source' and 'checked'")]
    [InlineData("claims:\n  - text: A fact.\n    source: fda.gov/page\n    checked: 2026-01-01", "- text: A fact.", "claim source 'fda.gov/page' is not an absolute http(s) URL")]
    [InlineData("claims:\n  - text: A fact.\n    source: https://fda.gov/page\n    checked: 2026-13-01", "- text: A fact.", "claim checked '2026-13-01' is not a valid date")]
    [InlineData("claims:\n  - text: A fact.\n    source: https://fda.gov/page", "- text: A fact.", "claim has no checked date")]
    [InlineData("claims:\n  - source: https://fda.gov/page\n    checked: 2026-01-01", "- source:", "claim has no text")]
    [InlineData("claims:\n  - text: A fact.\n    source: https://fda.gov/page\n    checked: 2026-01-01\n    volatile: sometimes", "- text: A fact.", "claim volatile 'sometimes' must be true or false")]
    [InlineData("claims:\n  - text: A fact.\n    source: https://fda.gov/page\n    checked: 2027-01-01", "- text: A fact.", "claim checked 2027-01-01 is in the future")]
    public async Task A_bad_claim_is_an_error_at_its_own_line(string claims, string lineText, string message)
    {
        var (snapshot, text) = await LoadAsync(TempCorpus.Article("a", claims));

        var error = Assert.Single(snapshot.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(text, lineText), error.Line);
        Assert.Empty(snapshot.Articles);
    }

    [Fact]
    public async Task An_unknown_claim_field_is_a_warning()
    {
        var (snapshot, _) = await LoadAsync(TempCorpus.Article("a", "claims:\n  - text: A fact.\n    source: https://fda.gov/page\n    checked: 2026-01-01\n    colour: red"));

        var warning = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("unknown claim field 'colour'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_placeholders_in_a_body_are_accepted()
    {
        var body = "## Where can I get help?\n\nIf you have thoughts of suicide, contact {crisis_line}. In an emergency, call {emergency_number}. Worried about a child? Contact {child_abuse_line}.";

        var (snapshot, _) = await LoadAsync(TempCorpus.Article("a", body: body));

        Assert.Empty(snapshot.Diagnostics);
        Assert.Single(snapshot.Articles);
    }

    [Fact]
    public async Task An_unknown_placeholder_is_an_error_at_its_line()
    {
        var body = "## Where can I get help?\n\nIt is a common feeling and help works.\nCall {hotline} any time.";

        var (snapshot, text) = await LoadAsync(TempCorpus.Article("a", body: body));

        var error = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("unknown placeholder '{hotline}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("{crisis_line}", error.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(text, "Call {hotline}"), error.Line);
    }

    [Theory]
    [InlineData("In the US, call or text 988.", "988")]
    [InlineData("In an emergency, call 911 or your local emergency number.", "911")]
    [InlineData("In the UK, call 999.", "999")]
    [InlineData("Call 000 in Australia.", "000")]
    [InlineData("Call 112 anywhere in the EU.", "112")]
    public async Task A_bare_crisis_number_in_a_body_is_a_warning_at_its_line(string sentence, string number)
    {
        var body = $"## Where can I get help?\n\nIt is a common feeling and help works.\n{sentence}";

        var (snapshot, text) = await LoadAsync(TempCorpus.Article("a", body: body));

        var warning = Assert.Single(snapshot.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains($"'{number}' is a country's emergency or crisis number", warning.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(text, sentence), warning.Line);
        Assert.Single(snapshot.Articles);
    }

    [Theory]
    [InlineData("About 10,000 people took part.")]
    [InlineData("The trial ran from 1999-2001 and cost 1.112 million.")]
    [InlineData("Chat at 988lifeline.org or call 1-800-911-0000 for information.")]
    public async Task Numbers_that_only_contain_those_digits_are_not_flagged(string sentence)
    {
        var body = $"## What is it?\n\nIt is a common feeling and help works.\n{sentence}";

        var (snapshot, _) = await LoadAsync(TempCorpus.Article("a", body: body));

        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public async Task A_crisis_number_in_front_matter_is_not_flagged()
    {
        var (snapshot, _) = await LoadAsync(TempCorpus.Article("a", "claims:\n  - text: The 988 Lifeline answers calls 24/7.\n    source: https://988lifeline.org/\n    checked: 2026-11-01\n    volatile: true"));

        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void The_register_lists_claims_checked_before_the_cutoff_oldest_first_and_the_volatile_ones()
    {
        var article = new Article
        {
            Id = "a",
            Title = "A",
            Claims =
            [
                new ArticleClaim("new", "https://a.org/", new DateOnly(2026, 11, 1), false, 20),
                new ArticleClaim("old", "https://a.org/", new DateOnly(2025, 1, 1), true, 16),
                new ArticleClaim("older", "https://a.org/", new DateOnly(2024, 1, 1), false, 12),
            ],
        };
        var today = new DateOnly(2026, 12, 2);

        var stale = ClaimRegister.CheckedBefore([article], ClaimRegister.Cutoff(today, maxAgeDays: null));

        Assert.Equal(["older", "old"], stale.Select(e => e.Claim.Text));
        Assert.Equal(new DateOnly(2026, 6, 2), ClaimRegister.Cutoff(today, null));
        Assert.Equal(new DateOnly(2026, 11, 2), ClaimRegister.Cutoff(today, 30));
        Assert.Equal(["old"], ClaimRegister.Volatile([article]).Select(e => e.Claim.Text));
    }

    private static async Task<(CorpusSnapshot Snapshot, string Text)> LoadAsync(string article)
    {
        using var corpus = new TempCorpus();
        corpus.Write("articles/a.md", article);
        return (await CorpusLoader.LoadAsync(corpus.Root, clock: Today), article);
    }

    private static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{fragment}' is not in the article");
        return index + 1;
    }
}
