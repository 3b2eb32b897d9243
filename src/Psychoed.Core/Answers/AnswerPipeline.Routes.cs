using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>The pipeline's conversational routes: intents, "tell me more", and the policies (refusals, diagnosis questions).</summary>
public sealed partial class AnswerPipeline
{
    private ReplyDraft Converse(Intent intent, ConversationMemory memory)
    {
        switch (intent)
        {
            case Intent.TellMore:
                return TellMore(memory);
            case Intent.StartOver:
                memory.StartOver();
                return SmallTalk("conversation.started_over");
            case Intent.NoCalls:
                return NoCalls(memory);
            default:
                var key = "smalltalk." + intent switch
                {
                    Intent.WhoAreYou => "who_are_you",
                    Intent.AboutBot => "about_bot",
                    Intent.StartOver => "start_over",
                    _ => intent.ToString().ToLowerInvariant(),
                };
                return SmallTalk(key);
        }
    }

    /// <summary>Text and chat lines for someone who will not or cannot call, and plainly what this chat is.</summary>
    private ReplyDraft NoCalls(ConversationMemory memory)
    {
        var region = RegionOf(memory);
        var lines = region.Serving(CrisisCategoryNames.General).Concat(region.Serving("suicide"))
            .Where(e => e.Action is { } a && (a.StartsWith("sms:", StringComparison.OrdinalIgnoreCase) || a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
                || e.Contact.Contains("text", StringComparison.OrdinalIgnoreCase) || e.Contact.Contains("chat", StringComparison.OrdinalIgnoreCase)))
            .DistinctBy(e => e.Id)
            .ToList();
        var listed = lines.Count == 0 ? region.Serving(CrisisCategoryNames.General).Take(1).ToList() : lines;
        var body = _catalog.Messages.Get("smalltalk.no_calls")
            .Replace("{resources}", string.Join("; ", listed.Select(e => e.ToLine())), StringComparison.Ordinal);
        return new ReplyDraft { Kind = ReplyKind.SmallTalk, Body = body, Rule = "intent.no_calls", Resources = listed.Select(e => e.ToHelpResource()).ToList() };
    }

    private ReplyDraft TellMore(ConversationMemory memory)
    {
        if (memory.LastPassageId is not { } last)
        {
            return SmallTalk("tell_more.none");
        }

        if (!TryCall(() => _search.NextPassage(last), last, out var next))
        {
            return Failed();
        }

        if (next is null)
        {
            memory.LastPassageId = null;
            return SmallTalk("tell_more.end");
        }

        memory.LastPassageId = next.Id;
        return new ReplyDraft
        {
            Kind = ReplyKind.Answer,
            Body = next.Text,
            Passage = next,
            CanTellMore = HasNext(next.Id),
        };
    }

    private ReplyDraft ApplyPolicy(PolicyRule policy, string text, ConversationMemory memory)
    {
        var message = FillTopics(_catalog.Messages.Get("policies." + policy.Message));
        if (policy.Kind == PolicyKind.OutOfScope)
        {
            return new ReplyDraft { Kind = ReplyKind.OutOfScope, Body = message, ReferralKind = policy.Referral, Suggestions = Suggestions() };
        }

        // What the articles say in general: the question plus the policy's hint, never a dose or a source.
        var query = policy.SearchHint is null ? text : text + " " + policy.SearchHint;
        var best = Search(query, out _)?.Best?.Passage;
        if (best is not null)
        {
            memory.LastPassageId = best.Id;
            var intro = policy.Kind == PolicyKind.Diagnosis ? "" : _catalog.Messages.Get("policies.safety_info") + "\n";
            message += "\n\n" + intro + best.Text;
        }

        // "How do I know if I have X" is the core psychoeducation question: answered from the articles,
        // with the plain word that only a professional diagnoses. Only a request to be diagnosed is refused.
        var answered = policy.Kind == PolicyKind.Diagnosis && best is not null;
        return new ReplyDraft
        {
            Kind = answered ? ReplyKind.Answer : ReplyKind.Refusal,
            Body = message,
            Passage = best,
            CanTellMore = answered && HasNext(best!.Id),
            ReferralKind = policy.Referral,
            Rule = policy.Id,
            Urgent = policy.Urgent,
            Suggestions = Suggestions(),
        };
    }
}
