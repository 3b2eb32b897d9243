using Psychoed.Core.Corpus;

namespace Psychoed.Core.Search;

/// <summary>
/// Splits a published article into passages along its sections: about 40-150 words each, never cutting
/// a sentence. A section too short to stand alone is joined to the next one (the lead to the first
/// section); a long one is split at sentence boundaries into passages of similar size.
/// </summary>
public static class PassageChunker
{
    /// <summary>Fewest words a passage should have.</summary>
    public const int MinWords = 40;

    /// <summary>Most words a passage may have, unless one sentence alone is longer.</summary>
    public const int MaxWords = 150;

    private const int IdealWords = 100;

    /// <summary>The passages of <paramref name="article"/>, in reading order, positions from 0.</summary>
    public static IReadOnlyList<Passage> Chunk(Article article)
    {
        var blocks = MergeTinyBlocks(ReadBlocks(article));
        var passages = new List<Passage>();
        foreach (var block in blocks)
        {
            foreach (var sentences in Split(block.Sentences))
            {
                var position = passages.Count;
                passages.Add(new Passage(
                    $"{article.Id}#{position}",
                    article.Id,
                    article.Title,
                    block.Heading,
                    article.Topics,
                    position,
                    article.Referral,
                    Render(sentences),
                    article.Url));
            }
        }

        return passages;
    }

    private static List<Block> ReadBlocks(Article article)
    {
        var blocks = new List<Block>();
        var lead = Sentences(article.Lead);
        if (lead.Count > 0)
        {
            blocks.Add(new Block("", lead));
        }

        foreach (var section in article.Sections)
        {
            var sentences = Sentences(section.Paragraphs);
            if (sentences.Count > 0)
            {
                blocks.Add(new Block(section.Heading.Trim(), sentences));
            }
        }

        return blocks;
    }

    private static List<Sentence> Sentences(IReadOnlyList<string> paragraphs)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var text in SentenceSplitter.Split(paragraphs[p]))
            {
                sentences.Add(new Sentence(text, p, SentenceSplitter.CountWords(text)));
            }
        }

        return sentences;
    }

    // A tiny block flows into the next one; a tiny last block joins the previous one.
    private static List<Block> MergeTinyBlocks(List<Block> blocks)
    {
        var merged = new List<Block>();
        Block? pending = null;
        foreach (var block in blocks)
        {
            var current = pending is null ? block : pending.Join(block);
            pending = null;
            if (current.Words < MinWords)
            {
                pending = current;
            }
            else
            {
                merged.Add(current);
            }
        }

        if (pending is not null)
        {
            if (merged.Count > 0)
            {
                merged[^1] = merged[^1].Join(pending);
            }
            else
            {
                merged.Add(pending);
            }
        }

        return merged;
    }

    // Chooses sentence boundaries that keep every passage within MinWords..MaxWords and close to
    // IdealWords (least squares over all boundary choices; blocks are a few dozen sentences at most).
    private static List<List<Sentence>> Split(IReadOnlyList<Sentence> sentences)
    {
        var n = sentences.Count;
        var cost = new double[n + 1];
        var cut = new int[n + 1];
        Array.Fill(cost, double.MaxValue);
        cost[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            var words = 0;
            for (var start = end - 1; start >= 0; start--)
            {
                words += sentences[start].Words;
                var single = end - start == 1;
                if (words > MaxWords && !single)
                {
                    break;
                }

                var penalty = ChunkCost(words, whole: start == 0 && end == n);
                if (cost[start] + penalty < cost[end])
                {
                    cost[end] = cost[start] + penalty;
                    cut[end] = start;
                }
            }
        }

        var chunks = new List<List<Sentence>>();
        for (var end = n; end > 0; end = cut[end])
        {
            chunks.Insert(0, sentences.Skip(cut[end]).Take(end - cut[end]).ToList());
        }

        return chunks;
    }

    private static double ChunkCost(int words, bool whole)
    {
        if (whole && words <= MaxWords)
        {
            return 0;
        }

        var deviation = words - IdealWords;
        var tooShort = words < MinWords ? 1_000_000.0 + (MinWords - words) * 1000.0 : 0;
        var tooLong = words > MaxWords ? 1_000_000.0 : 0;
        return tooShort + tooLong + deviation * (double)deviation;
    }

    private static string Render(IReadOnlyList<Sentence> sentences) =>
        string.Join("\n", sentences.GroupBy(s => s.Paragraph).Select(g => string.Join(" ", g.Select(s => s.Text))));

    private sealed record Sentence(string Text, int Paragraph, int Words);

    private sealed record Block(string Heading, IReadOnlyList<Sentence> Sentences)
    {
        public int Words => Sentences.Sum(s => s.Words);

        public Block Join(Block next)
        {
            // Paragraph numbers are shifted so the two blocks' paragraphs stay apart when rendered.
            var offset = Sentences.Count == 0 ? 0 : Sentences.Max(s => s.Paragraph) + 1;
            var heading = Heading.Length == 0 ? next.Heading
                : next.Heading.Length == 0 ? Heading
                : $"{Heading} / {next.Heading}";
            return new Block(heading, [.. Sentences, .. next.Sentences.Select(s => s with { Paragraph = s.Paragraph + offset })]);
        }
    }
}
