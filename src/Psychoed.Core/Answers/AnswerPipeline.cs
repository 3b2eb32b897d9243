using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Core.Corpus;
using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Core.Answers;

/// <summary>
/// The one answer pipeline behind every channel: normalize, safety screen (always first; a crisis
/// replaces everything else), small talk, policies (refusals, no diagnosis, out of scope), retrieval,
/// then composition with disclaimer and referral. Thread-safe; state lives in <see cref="ConversationMemory"/>.
/// </summary>
public sealed partial class AnswerPipeline : IAnswerPipeline
{
    private const int TopicsShown = 6;
    private readonly IPassageSearch _search;
    private readonly SafetyCatalog _catalog;
    private readonly PipelineOptions _options;
    private readonly SafetyScreen _screen;
    private readonly ReplyComposer _composer;
    private readonly IReadOnlyList<string> _topicLabels;
    private readonly IReadOnlyDictionary<string, string> _topicQueries;
    private readonly ILogger _logger;

    /// <summary>Creates the pipeline.</summary>
    /// <param name="search">Passage retrieval.</param>
    /// <param name="catalog">Safety rules, policies, resources and texts.</param>
    /// <param name="options">Region, clinic contacts, disclaimer overrides.</param>
    /// <param name="topics">The corpus topics, for suggestions; the catalog's list is used when empty.</param>
    /// <param name="logger">Where search failures are logged (with a hash of the query, never its text).</param>
    public AnswerPipeline(IPassageSearch search, SafetyCatalog catalog, PipelineOptions? options = null, IReadOnlyList<Topic>? topics = null, ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
        _search = search;
        _catalog = catalog;
        _options = options ?? new PipelineOptions();
        _screen = new SafetyScreen(catalog);
        _composer = new ReplyComposer(catalog, _options, new ReferralResolver(catalog, _options));
        var labels = topics?.Where(t => t.Id != "about").Select(t => t.Label).ToList() ?? [];
        _topicLabels = labels.Count > 0 ? labels : catalog.Messages.List("suggestions");
        _topicQueries = topics?.ToDictionary(t => t.Id, t => t.Label) ?? [];
    }

    /// <summary>The safety screen this pipeline runs on every message.</summary>
    public SafetyScreen Screen => _screen;

    /// <inheritdoc />
    public SafetyCatalog Catalog => _catalog;

    /// <inheritdoc />
    public Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memory);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(text, memory));
    }

    /// <summary>Answers one message synchronously (retrieval is in memory); never throws on user text.</summary>
    public Reply Answer(string? text, ConversationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        text ??= "";
        memory.Turns++;
        var region = RegionOf(memory);
        var normalized = _catalog.Normalizer.Normalize(text);
        var decision = _screen.Screen(normalized);
        if (decision.Level == SafetyLevel.Crisis)
        {
            memory.CrisisSeen = true;
            return _composer.Crisis(decision, region);
        }

        var draft = Route(text, normalized, decision, memory);
        return _composer.Finish(draft, decision, memory, region);
    }

    /// <inheritdoc />
    public Reply? Crisis(string text, ConversationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var decision = _screen.Screen(_catalog.Normalizer.Normalize(text ?? ""));
        if (decision.Level != SafetyLevel.Crisis)
        {
            return null;
        }

        memory.CrisisSeen = true;
        return _composer.Crisis(decision, RegionOf(memory));
    }

    /// <inheritdoc />
    public Reply Notice(string text, ConversationMemory memory, bool suggestTopics = false)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var draft = new ReplyDraft { Kind = ReplyKind.SmallTalk, Body = FillTopics(text), Suggestions = suggestTopics ? Suggestions() : [] };
        return _composer.Finish(draft, SafetyDecision.Clear, memory, RegionOf(memory));
    }

    /// <inheritdoc />
    public IReadOnlyList<HelpResource> HelpNowResources(ConversationMemory memory) =>
        RegionOf(memory).Serving(CrisisCategoryNames.General).Select(e => e.ToHelpResource()).ToList();

    private RegionResources RegionOf(ConversationMemory memory) => _catalog.Resources.Region(memory.Region ?? _options.Region);

    private ReplyDraft Route(string text, NormalizedText normalized, SafetyDecision decision, ConversationMemory memory)
    {
        if (normalized.Words.All(NormalizedText.IsBreak))
        {
            return SmallTalk("smalltalk.help");
        }

        if (MatchIntent(normalized, fallback: false) is { } intent && (intent != Intent.NoCalls || memory.CrisisSeen))
        {
            return Converse(intent, memory);
        }

        if (_catalog.Policies.FirstOrDefault(p => Matches(p, normalized)) is { } policy)
        {
            return ApplyPolicy(policy, text, memory);
        }

        var hint = decision.Level == SafetyLevel.Support ? TopicQuery(_catalog.RuleById(decision.Rule)?.Topic, decision.Category) : null;
        // Plain distress ("I feel hopeless lately") leans the search toward its topic; a denied risk is left out.
        var query = decision.Negated ? WithoutNegatedClauses(text)
            : decision.Level == SafetyLevel.Support && decision.Category is null && hint is not null ? text + " " + hint
            : text;
        var draft = Retrieve(query, hint, memory);
        if (draft.Kind == ReplyKind.OutOfScope && MatchIntent(normalized, fallback: true) is { } late && late != Intent.NoCalls)
        {
            return Converse(late, memory);
        }

        // Distress is never "outside what my articles cover": listen, offer support and a few topics.
        return draft.Kind == ReplyKind.OutOfScope && decision.Level == SafetyLevel.Support && !decision.Negated
            ? new ReplyDraft { Kind = ReplyKind.Support, Body = FillTopics(_catalog.Messages.Get("support.listen")), Suggestions = Suggestions() }
            : draft;
    }

    /// <summary>
    /// "I'm not suicidal, just exhausted" is about being exhausted: search without the clauses whose risk
    /// was denied, so the answer is about what the person does feel.
    /// </summary>
    private string WithoutNegatedClauses(string text)
    {
        var kept = ClauseSplitter().Split(text).Where(c => !_screen.Screen(c).Negated && c.Any(char.IsLetter)).ToList();
        return kept.Count == 0 ? text : string.Join(" ", kept);
    }

    [GeneratedRegex(@"[,;:.!?\n]+|\b(?:but|just|only)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplitter();

    private Intent? MatchIntent(NormalizedText normalized, bool fallback) =>
        _catalog.Intents.FirstOrDefault(i => i.Fallback == fallback && i.Patterns.Any(p => p.IsMatch(normalized)))?.Intent;

    private static bool Matches(PolicyRule policy, NormalizedText text) =>
        policy.Patterns.Any(p => p.IsMatch(text)) && !policy.Unless.Any(u => u.IsMatch(text));

    private ReplyDraft Retrieve(string text, string? hint, ConversationMemory memory)
    {
        if (!_search.IsReady)
        {
            return new ReplyDraft { Kind = ReplyKind.OutOfScope, Body = _catalog.Messages.Get("out_of_scope.unavailable") };
        }

        var result = Search(text, out var failed);
        if (failed)
        {
            return Failed();
        }

        if (result?.Best is null && hint is not null)
        {
            result = Search(hint, out _);
        }

        if (result is { Best: null, OfferNearest: true } && NearestTitles(result) is { Count: > 0 } nearest)
        {
            // Related in meaning, not clearly answered: offer the nearest articles rather than guess or refuse.
            return new ReplyDraft { Kind = ReplyKind.Nearest, Body = _catalog.Messages.Get("answers.nearest"), Suggestions = nearest };
        }

        if (result?.Best is not { } best)
        {
            return new ReplyDraft
            {
                Kind = ReplyKind.OutOfScope,
                Body = FillTopics(_catalog.Messages.Get("out_of_scope.general")),
                Suggestions = Suggestions(),
            };
        }

        memory.LastPassageId = best.Passage.Id;
        return new ReplyDraft
        {
            Kind = ReplyKind.Answer,
            Body = best.Passage.Text,
            Passage = best.Passage,
            Suggestions = result.Related.Select(r => r.Title).ToList(),
            CanTellMore = HasNext(best.Passage.Id),
            LowConfidence = result.LowConfidence,
        };
    }

    private static List<string> NearestTitles(SearchResult result) =>
        result.Hits.Select(h => h.Passage.ArticleTitle).Distinct(StringComparer.Ordinal).Take(3).ToList();

    private SearchResult? Search(string query, out bool failed)
    {
        failed = !TryCall(() => _search.IsReady ? _search.Search(query) : null, query, out var result);
        return result;
    }

    private bool HasNext(string passageId) => TryCall(() => _search.NextPassage(passageId), passageId, out var next) && next is not null;

    private ReplyDraft Failed() => new() { Kind = ReplyKind.Error, Body = FillTopics(_catalog.Messages.Get("errors.search")) };

    // The search contract says it never throws on user text. If it does anyway, the user gets an honest
    // apology (with crisis help already screened for), the failure is logged, and it is never taken
    // for a question the articles do not cover.
    private bool TryCall<T>(Func<T?> call, string input, out T? result)
        where T : class
    {
        try
        {
            result = call();
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogError(ex, "Search failed for input {InputHash}", HashOf(input));
            result = null;
            return false;
        }
    }

    private static string HashOf(string input) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..12];

    private string? TopicQuery(string? topic, CrisisCategory? category)
    {
        var id = topic ?? category switch
        {
            CrisisCategory.Suicide => "suicide",
            CrisisCategory.SelfHarm => "self-harm",
            CrisisCategory.Abuse or CrisisCategory.SexualAssault or CrisisCategory.ChildAbuse => "abuse",
            CrisisCategory.AcutePsychosis => "psychosis",
            CrisisCategory.HarmToOthers => "anger",
            _ => null,
        };
        return id is null ? null : _topicQueries.GetValueOrDefault(id, id.Replace('-', ' '));
    }

    private ReplyDraft SmallTalk(string key) => new()
    {
        Kind = ReplyKind.SmallTalk,
        Body = FillTopics(_catalog.Messages.Get(key)),
        Suggestions = Suggestions(),
    };

    private IReadOnlyList<string> Suggestions() => _topicLabels.Take(TopicsShown).ToList();

    private string FillTopics(string text) =>
        text.Replace("{topics}", string.Join(", ", _topicLabels.Take(TopicsShown)), StringComparison.Ordinal);
}
