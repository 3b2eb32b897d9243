using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Search;

/// <summary>
/// Turns the corpus synonym groups and topic aliases into a Lucene <see cref="SynonymMap"/>. Every rule
/// is analysed by the synonym-free chain, so rules match stemmed, stop-word-free tokens.
/// </summary>
internal static class SynonymRules
{
    /// <summary>
    /// The rules for indexed text (<paramref name="withAliases"/> false: synonyms, and topic labels glued
    /// into one token) or for questions (also every topic alias). Aliases expand questions only: an
    /// article that says "worried" forty times is not forty times about anxiety.
    /// </summary>
    public static SynonymMap Build(
        PsychoedAnalyzer plain, IReadOnlyList<SynonymGroup> groups, IReadOnlyList<Topic> topics, ISet<string> stopWords, bool withAliases, ISet<string>? topicTerms = null, ISet<string>? domainTerms = null)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in groups)
        {
            AddGroup(builder, plain, group, topicTerms is null ? null : domainTerms);
        }

        foreach (var topic in topics)
        {
            var target = AddTopic(builder, plain, topic, stopWords, withAliases);
            if (target is not null)
            {
                topicTerms?.Add(target);
            }
        }

        return builder.Build();
    }

    private static void AddGroup(SynonymMap.Builder builder, PsychoedAnalyzer plain, SynonymGroup group, ISet<string>? domainTerms)
    {
        var terms = group.Terms.Select(t => Analyze(plain, t)).Where(t => t.Length > 0).ToList();
        if (group.Target is { Count: > 0 } target)
        {
            // One-way rule ("special k => ketamine"): the typed words are replaced by the target.
            var outputs = target.Select(t => Analyze(plain, t)).Where(t => t.Length > 0).ToList();
            foreach (var input in terms)
            {
                // "x => x, y" keeps x and adds y; "x => y" replaces x.
                var keep = outputs.Any(o => o.SequenceEqual(input));
                foreach (var output in outputs)
                {
                    Add(builder, input, SingleToken(builder, output), includeOriginal: keep);
                }

                domainTerms?.UnionWith(input.Length == 1 ? input : []);
            }

            domainTerms?.UnionWith(outputs.Where(o => o.Length == 1).Select(o => o[0]));

            return;
        }

        // Equivalence: every variant also produces the shortest form, so "post-traumatic stress disorder"
        // and "ptsd" share the term "ptsd" without spreading "stress" over every PTSD passage.
        if (terms.Count < 2)
        {
            return;
        }

        var canonical = terms.OrderBy(t => t.Length).First();
        var shared = SingleToken(builder, canonical);
        domainTerms?.Add(shared[0]);
        domainTerms?.UnionWith(terms.Where(t => t.Length == 1).Select(t => t[0]));
        foreach (var input in terms.Where(t => !ReferenceEquals(t, canonical)))
        {
            Add(builder, input, shared, includeOriginal: true);
        }
    }

    private static string? AddTopic(SynonymMap.Builder builder, PsychoedAnalyzer plain, Topic topic, ISet<string> stopWords, bool withAliases)
    {
        // The topic's search term: its id's stem ("anxieti"), or glued words ("substanc_us"); a stop
        // word ("about") would vanish, so that topic uses its glued label ("about_thi_chat").
        var words = Analyze(plain, topic.Id.Replace('-', ' '));
        if (words.Length == 1 && stopWords.Contains(words[0]))
        {
            words = Analyze(plain, topic.Label);
        }

        if (words.Length == 0)
        {
            return null;
        }

        var target = SingleToken(builder, words);
        var label = Analyze(plain, topic.Label);
        if (label.Length > 0)
        {
            Add(builder, label, target, includeOriginal: true);
        }

        if (!withAliases)
        {
            return target[0];
        }

        // Aliases, and the label, point to the topic's own token rather than to its word.
        string[] key = [TopicKeys.For(topic.Id)];
        if (label.Length > 0)
        {
            Add(builder, label, key, includeOriginal: true);
        }

        foreach (var alias in topic.Aliases)
        {
            var input = Analyze(plain, alias);

            // A one-letter alias ("k") would fire on stray letters in every message.
            if (input.Length == 0 || (input.Length == 1 && input[0].Length < 2))
            {
                continue;
            }

            Add(builder, input, key, includeOriginal: true);
        }

        return target[0];
    }

    // Lucene stacks the words of a multi-word output on the tokens that follow the match, where they
    // would read as synonyms of unrelated words. A multi-word output therefore becomes one glued token
    // ("substanc_us"), and the words themselves also produce it, so text and questions that spell the
    // phrase out share the token.
    private static string[] SingleToken(SynonymMap.Builder builder, string[] words)
    {
        if (words.Length == 1)
        {
            return words;
        }

        string[] glued = [string.Join('_', words)];
        Add(builder, words, glued, includeOriginal: true);
        return glued;
    }

    private static void Add(SynonymMap.Builder builder, string[] input, string[] output, bool includeOriginal)
    {
        if (input.SequenceEqual(output))
        {
            return;
        }

        builder.Add(
            SynonymMap.Builder.Join(input, new CharsRef()),
            SynonymMap.Builder.Join(output, new CharsRef()),
            includeOriginal);
    }

    private static string[] Analyze(PsychoedAnalyzer plain, string text) =>
        AnalyzedToken.Read(plain, text).Select(t => t.Term).ToArray();
}
