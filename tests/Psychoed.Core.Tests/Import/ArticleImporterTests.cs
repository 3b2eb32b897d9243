using Psychoed.Core.Corpus;
using Psychoed.Core.Import;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Import;

public sealed class ArticleImporterTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly IReadOnlyList<Topic> Topics =
    [
        new("sleep", "Sleep", "Sleep problems.", ["insomnia", "cant sleep", "trouble sleeping", "tired"]),
        new("anxiety", "Anxiety", "Worry and nerves.", ["anxious", "worried", "worry", "nerves"]),
        new("stress", "Stress and burnout", "Stress.", ["stressed", "stressful", "burnout"]),
        new("therapy", "Therapy", "Talking therapies.", ["therapist", "counselling"]),
        new("grief", "Grief and loss", "Bereavement.", ["grieving", "bereavement"]),
    ];

    private static ImportInput Fixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", name);
        var text = File.ReadAllText(path);
        return new ImportInput(text, ArticleImporter.DetectFormat(path, text), null, path);
    }

    [Theory]
    [InlineData("sleep-habits-blog.txt")]
    [InlineData("sleep-habits-blog.html")]
    public void A_saved_blog_post_becomes_a_draft_that_parses(string fixture)
    {
        var result = ArticleImporter.Import(Fixture(fixture), Topics, Today);

        Assert.True(result.Parses, string.Join("\n", result.Diagnostics));
        var article = ArticleParser.Parse("articles/drafts/x.md", result.Draft.Markdown).Article!;
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("", article.ReviewedBy);
        Assert.Equal("winding-down-small-sleep-habits-that-help-an-anxious-mind", article.Id);
        Assert.Equal("Winding Down: Small Sleep Habits That Help an Anxious Mind", article.Title);
        Assert.StartsWith("After a stressful day, many people notice", article.Summary, StringComparison.Ordinal);
        Assert.Equal("en", article.Language);
        Assert.Equal(Today, article.LastReviewed);
    }

    [Theory]
    [InlineData("sleep-habits-blog.txt")]
    [InlineData("sleep-habits-blog.html")]
    public void The_page_headings_become_sections_in_order(string fixture)
    {
        var result = ArticleImporter.Import(Fixture(fixture), Topics, Today);

        var article = ArticleParser.Parse("articles/drafts/x.md", result.Draft.Markdown).Article!;
        var headings = article.Sections.Select(s => s.Heading.ToLowerInvariant()).ToList();
        Assert.Equal(
            ["why sleep and worry are linked", "keep a steady wake-up time", "make the hour before bed calmer", "if your mind keeps racing", "when to ask for help"],
            headings);
        Assert.Contains("## Why", result.Draft.Markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("- dim the lights about an hour before bed", result.Draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("five gentle changes for better nights", string.Join(" ", article.Lead).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sleep-habits-blog.txt")]
    [InlineData("sleep-habits-blog.html")]
    public void Page_boilerplate_is_gone_from_the_draft_and_listed_in_the_report(string fixture)
    {
        var result = ArticleImporter.Import(Fixture(fixture), Topics, Today);

        var body = result.Draft.Markdown[result.Draft.Markdown.IndexOf("\n---\n", StringComparison.Ordinal)..];
        foreach (var boilerplate in new[] { "top of page", "bottom of page", "Search", "views", "comments", "Share", "Facebook", "cookies", "Book a session", "All rights reserved", "Recent Posts", "min read" })
        {
            Assert.DoesNotContain(boilerplate, body, StringComparison.OrdinalIgnoreCase);
        }

        var report = string.Join("\n", result.Removed);
        Assert.Contains("\"top of page\" (page anchor)", report, StringComparison.Ordinal);
        Assert.Contains("\"bottom of page\"", report, StringComparison.Ordinal);
        Assert.Contains("(view counter)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_names_each_removed_line_by_number()
    {
        var result = ArticleImporter.Import(Fixture("sleep-habits-blog.txt"), Topics, Today);

        var report = result.Removed.Select(r => r.ToString()).ToList();
        Assert.Contains("line 1: \"top of page\" (page anchor)", report);
        Assert.Contains("line 2: \"Search\" (site navigation)", report);
        Assert.Contains(report, r => r.StartsWith("line ", StringComparison.Ordinal) && r.Contains("\"43 views0 comments\" (view counter)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_report_names_the_removed_elements()
    {
        var result = ArticleImporter.Import(Fixture("sleep-habits-blog.html"), Topics, Today);

        var report = string.Join("\n", result.Removed);
        Assert.Contains("<header class=\"site-header\">: \"Brightwater Counselling Home About us Blog Book a session", report, StringComparison.Ordinal);
        Assert.Contains("(cookie banner)", report, StringComparison.Ordinal);
        Assert.Contains("(share links)", report, StringComparison.Ordinal);
        Assert.Contains("(footer)", report, StringComparison.Ordinal);
        Assert.Contains("(comments)", report, StringComparison.Ordinal);
        Assert.Contains("(post metadata)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_html_page_cites_its_canonical_address_and_keeps_absolute_links()
    {
        var result = ArticleImporter.Import(Fixture("sleep-habits-blog.html"), Topics, Today);

        var article = ArticleParser.Parse("articles/drafts/x.md", result.Draft.Markdown).Article!;
        var source = Assert.Single(article.Sources);
        Assert.Equal("https://www.brightwater-counselling.example/post/winding-down-sleep-habits", source.Url);
        Assert.Equal("Brightwater Counselling - Winding Down: Small Sleep Habits That Help an Anxious Mind", source.Title);
        Assert.Contains("[NHS advice on sleep](https://www.nhs.uk/live-well/sleep-and-tiredness/)", result.Draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("[get in touch with our team](https://www.brightwater-counselling.example/contact)", result.Draft.Markdown, StringComparison.Ordinal);
        Assert.Contains("**phone**", result.Draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_an_address_cites_a_placeholder_and_says_so()
    {
        var result = ArticleImporter.Import(Fixture("sleep-habits-blog.txt"), Topics, Today);

        Assert.Contains(ArticleRules.PlaceholderSourceUrl, result.Draft.Markdown, StringComparison.Ordinal);
        Assert.Contains(result.Draft.Warnings, w => w.Contains("no source URL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_url_input_cites_the_url()
    {
        var input = Fixture("sleep-habits-blog.txt") with { SourceUrl = new Uri("https://clinic.example/blog/winding-down") };

        var result = ArticleImporter.Import(input, Topics, Today);

        var article = ArticleParser.Parse("articles/drafts/x.md", result.Draft.Markdown).Article!;
        Assert.Equal("https://clinic.example/blog/winding-down", Assert.Single(article.Sources).Url);
    }

    [Fact]
    public void Topics_are_guessed_from_the_topic_aliases_and_marked_as_guesses()
    {
        var result = ArticleImporter.Import(Fixture("sleep-habits-blog.txt"), Topics, Today);

        Assert.Equal("sleep", result.Draft.GuessedTopics[0]);
        Assert.Contains("anxiety", result.Draft.GuessedTopics);
        Assert.DoesNotContain("grief", result.Draft.GuessedTopics);
        Assert.Contains("# import: topics GUESSED", result.Draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_headings_gets_one_overview_section_and_a_warning()
    {
        var result = ArticleImporter.Import(Fixture("no-headings.html"), Topics, Today);

        Assert.True(result.Parses, string.Join("\n", result.Diagnostics));
        var article = ArticleParser.Parse("articles/drafts/x.md", result.Draft.Markdown).Article!;
        Assert.Equal("A short note on breathing", article.Title);
        Assert.Equal("Overview", Assert.Single(article.Sections).Heading);
        Assert.Contains(result.Draft.Warnings, w => w.Contains("no headings", StringComparison.Ordinal));
        Assert.DoesNotContain("cookies", result.Draft.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("12 views", result.Draft.Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("top of page\nSearch\n43 views\nbottom of page\n")]
    [InlineData("<html><body><nav>Home</nav></body></html>")]
    [InlineData("<<<>>> [](javascript:alert(1)) *** ___ # ## ###")]
    public void Empty_or_hostile_input_still_gives_a_draft_that_parses(string content)
    {
        var input = new ImportInput(content, content.StartsWith('<') ? ImportFormat.Html : ImportFormat.Text, null, "pasted-note.txt");

        var result = ArticleImporter.Import(input, Topics, Today);

        Assert.True(result.Parses, string.Join("\n", result.Diagnostics) + "\n" + result.Draft.Markdown);
        Assert.Contains("status: draft", result.Draft.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_yaml_characters_in_page_text_stay_text()
    {
        const string text = "A \"Quoted\" Title: With #Hash\n\nSome *stars* and [brackets](not-a-link) and <b>tags</b>.\n\nA Heading\n\n1. not a list: just text.\n";
        var input = new ImportInput(text, ImportFormat.Text, null, "note.txt");

        var result = ArticleImporter.Import(input, Topics, Today);

        Assert.True(result.Parses, string.Join("\n", result.Diagnostics) + "\n" + result.Draft.Markdown);
        var parsed = ArticleParser.Parse("articles/drafts/x.md", result.Draft.Markdown);
        Assert.Empty(parsed.Links);
        Assert.Equal("A \"Quoted\" Title: With #Hash", parsed.Article!.Title);
    }

    [Fact]
    public void A_placeholder_source_blocks_publishing_but_not_a_draft()
    {
        using var corpus = new TempCorpus();
        var draft = ArticleImporter.Import(Fixture("sleep-habits-blog.txt"), [], Today).Draft.Markdown;
        var published = draft.Replace("status: draft", "status: published", StringComparison.Ordinal).Replace("reviewed_by: \"\"", "reviewed_by: Dr Reviewer", StringComparison.Ordinal);

        var draftDiagnostics = ArticleRules.Check([ArticleParser.Parse("a.md", draft)], [], Today);
        var publishedDiagnostics = ArticleRules.Check([ArticleParser.Parse("a.md", published)], [], Today);

        Assert.DoesNotContain(draftDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(publishedDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("placeholder", StringComparison.Ordinal));
    }
}
