using Psychoed.Core.Corpus;

namespace Psychoed.Benchmarks;

/// <summary>
/// Generates a large corpus from a real one's vocabulary: each article mixes real sentences with words
/// swapped for others drawn by corpus frequency, under the real topics and headings, so term statistics
/// and passage sizes resemble the real library.
/// </summary>
internal static class SyntheticCorpus
{
    public static CorpusSnapshot Generate(CorpusSnapshot real, int count, int seed)
    {
        var random = new Random(seed);
        var published = real.Published.ToList();
        var sentences = published
            .SelectMany(a => a.Sections.SelectMany(s => s.Paragraphs))
            .SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Length > 20)
            .ToArray();
        var words = sentences.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var headings = published.SelectMany(a => a.Sections.Select(s => s.Heading)).ToArray();
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var template = published[random.Next(published.Count)];
            articles.Add(template with
            {
                Id = $"synthetic-{i:D5}",
                Title = $"{template.Title} ({Pick(random, words)} {Pick(random, words)})",
                Summary = Sentence(random, sentences, words),
                Lead = [Sentence(random, sentences, words)],
                Sections = Enumerable.Range(0, 4)
                    .Select(s => new ArticleSection(
                        Pick(random, headings), 2, Enumerable.Range(0, 2).Select(_ => Paragraph(random, sentences, words)).ToList(), s + 1))
                    .ToList(),
            });
        }

        return real with { Articles = articles, ContentHash = $"synthetic-{count}-{seed}-{real.ContentHash}" };
    }

    private static string Paragraph(Random random, string[] sentences, string[] words) =>
        string.Join(" ", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(random, sentences, words)));

    private static string Sentence(Random random, string[] sentences, string[] words)
    {
        var tokens = Pick(random, sentences).Split(' ');
        for (var t = 0; t < tokens.Length; t++)
        {
            if (random.NextDouble() < 0.3)
            {
                tokens[t] = Pick(random, words);
            }
        }

        return string.Join(' ', tokens).TrimEnd('.') + ".";
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
