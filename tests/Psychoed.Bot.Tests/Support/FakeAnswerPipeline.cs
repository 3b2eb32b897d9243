using System.Collections.Concurrent;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// A hand-written pipeline with a few scripted answers, shaped like the real one: full disclaimer on
/// the first reply and short after, crisis replies with resources first and no disclaimer, memory updated.
/// </summary>
internal sealed class FakeAnswerPipeline : IAnswerPipeline
{
    public const string FullDisclaimer = "FULL DISCLAIMER: general information, not medical advice; no person monitors this chat.";
    public const string ShortDisclaimer = "Short disclaimer: information only, not medical advice.";
    public const string Referral = "Talk to a trauma-focused therapist: call the clinic on 555-0100.";
    public const string PtsdPassage = "PTSD is a condition some people develop after a frightening event.";
    public const string PtsdNextPassage = "Trauma-focused therapies such as CPT and EMDR help many people.";
    public const string CrisisLead = "I'm really glad you told me. You deserve support right now.";

    public static readonly HelpResource Lifeline = new("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988", "24/7");
    public static readonly HelpResource TextLine = new("Crisis Text Line", "Text HOME to 741741", "sms:741741?body=HOME", "24/7");
    public static readonly HelpResource Samaritans = new("Samaritans", "Call 116 123", "tel:116123", "24/7");

    /// <summary>Every message the pipeline was asked to answer, in order.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>The region of the memory on each call.</summary>
    public ConcurrentQueue<string?> Regions { get; } = new();

    /// <summary>Texts screened for a crisis only (feedback comments, command text, overlong messages).</summary>
    public ConcurrentQueue<string> Screened { get; } = new();

    /// <summary>When set, every call throws this.</summary>
    public Exception? Throw { get; set; }

    public SafetyCatalog Catalog => SafetyCatalogLoader.BuiltIn;

    public Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default) =>
        Task.FromResult(Answer(text, memory));

    public Reply? Crisis(string text, ConversationMemory memory)
    {
        Screened.Enqueue(text);
        if (Throw is not null)
        {
            throw Throw;
        }

        if (!IsCrisis(text))
        {
            return null;
        }

        memory.CrisisSeen = true;
        return Crisis(memory);
    }

    public IReadOnlyList<HelpResource> HelpNowResources(ConversationMemory memory) =>
        Throw is not null ? throw Throw : memory.Region == "GB" ? [Samaritans] : [Lifeline, TextLine];

    private static bool IsCrisis(string text) =>
        text.Contains("kill myself", StringComparison.OrdinalIgnoreCase) || text.Contains("i need help now", StringComparison.OrdinalIgnoreCase);

    public Reply Answer(string text, ConversationMemory memory)
    {
        Received.Enqueue(text);
        Regions.Enqueue(memory.Region);
        if (Throw is not null)
        {
            throw Throw;
        }

        memory.Turns++;
        var lower = text.ToLowerInvariant();
        if (IsCrisis(lower))
        {
            memory.CrisisSeen = true;
            return Crisis(memory);
        }

        return lower switch
        {
            "hello" or "help" => Compose(memory, ReplyKind.SmallTalk, "I can share what our articles say. Try a topic below.", null),
            "what is ptsd" => Answer(memory, "ptsd-basics#0", PtsdPassage, canTellMore: true),
            "ptsd and my aunt's garden gnomes" => Answer(memory, "ptsd-basics#0", PtsdPassage, canTellMore: true) with { LowConfidence = true },
            "tell me more" when memory.LastPassageId == "ptsd-basics#0" => Answer(memory, "ptsd-basics#1", PtsdNextPassage, canTellMore: false),
            "how much ketamine should i take" => Compose(memory, ReplyKind.Refusal, "I can't help with doses. A prescriber can.", "policy.dosing"),
            _ => Compose(memory, ReplyKind.OutOfScope, "That's outside what our articles cover.", null),
        };
    }

    public Reply Notice(string text, ConversationMemory memory, bool suggestTopics = false) =>
        Throw is not null ? throw Throw : Compose(memory, ReplyKind.SmallTalk, text, null) with { Suggestions = suggestTopics ? ["Anxiety", "Sleep", "Ketamine"] : [] };

    private static Reply Answer(ConversationMemory memory, string passageId, string passage, bool canTellMore)
    {
        memory.LastPassageId = passageId;
        var reply = Compose(memory, ReplyKind.Answer, passage, null);
        var citation = new Citation("ptsd-basics", "PTSD: the basics", passageId.EndsWith("#0", StringComparison.Ordinal) ? "What PTSD is" : "Treatments",
            ["ptsd", "trauma"], "https://clinic.example.org/articles/ptsd");
        return reply with
        {
            Citations = [citation],
            PassageId = passageId,
            CanTellMore = canTellMore,
            Suggestions = ["Trauma responses", "Grounding techniques"],
            Text = $"{passage}\n\nSource: {citation.Title}, {citation.Section} ({citation.Url})\n\n{reply.Referral}\n\n{reply.Disclaimer}",
        };
    }

    private static Reply Compose(ConversationMemory memory, ReplyKind kind, string body, string? rule)
    {
        var disclaimer = memory.FullDisclaimerShown ? ShortDisclaimer : FullDisclaimer;
        memory.FullDisclaimerShown = true;
        return new Reply
        {
            Kind = kind,
            Safety = SafetyLevel.None,
            Body = body,
            Disclaimer = disclaimer,
            Referral = Referral,
            Rule = rule,
            ShowHelpNow = memory.CrisisSeen,
            Suggestions = kind == ReplyKind.SmallTalk ? ["Anxiety", "Sleep", "Ketamine"] : [],
            Text = $"{body}\n\n{Referral}\n\n{disclaimer}",
        };
    }

    private static Reply Crisis(ConversationMemory memory)
    {
        HelpResource[] resources = memory.Region == "GB" ? [Samaritans] : [Lifeline, TextLine];
        var lines = string.Join("\n", resources.Select(r => "- " + r.ToLine()));
        return new Reply
        {
            Kind = ReplyKind.Crisis,
            Safety = SafetyLevel.Crisis,
            Category = CrisisCategory.Suicide,
            Lead = CrisisLead,
            Body = "I'm here if you want to keep talking.",
            Resources = resources,
            Rule = "suicide.intent",
            ShowHelpNow = true,
            // Resources first, as Core writes every crisis reply; the bot renders the text as it is.
            Text = $"{lines}\n\n{CrisisLead}\n\nI'm here if you want to keep talking.",
        };
    }
}
