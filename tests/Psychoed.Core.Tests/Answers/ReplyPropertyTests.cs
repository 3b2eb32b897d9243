using Psychoed.Core.Answers;
using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Answers;

/// <summary>
/// Properties over the evaluation set and thousands of generated messages, in every region and in long
/// conversations: no reply but a crisis lacks a disclaimer and a referral with a contact, and every crisis
/// reply has at least one resource with a contact, shown in its text.
/// </summary>
public sealed class ReplyPropertyTests
{
    private const int Generated = 4000;
    private static readonly string[] _regions = ["US", "GB", "CA", "AU", "IE"];

    public static IEnumerable<string> Messages()
    {
        foreach (var evalCase in EvalCases.Cases)
        {
            yield return evalCase.Text;
        }

        var generator = new MessageGenerator(seed: 20261126);
        for (var i = 0; i < Generated; i++)
        {
            yield return generator.Next();
        }
    }

    [Fact]
    public void Every_reply_carries_its_safety_parts_in_every_region()
    {
        var pipeline = Pipelines.Create();
        var failures = new List<string>();
        var index = 0;
        foreach (var text in Messages())
        {
            var region = _regions[index++ % _regions.Length];
            var reply = pipeline.Answer(text, new ConversationMemory { Region = region });
            failures.AddRange(Check(reply).Select(f => $"[{region}] '{text}': {f}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void In_long_conversations_the_disclaimer_is_full_once_then_short_and_help_now_stays_after_a_crisis()
    {
        var pipeline = Pipelines.Create();
        var full = Pipelines.Catalog.Messages.Get("disclaimer.full");
        var startedOver = Pipelines.Catalog.Messages.Get("conversation.started_over");
        var failures = new List<string>();
        var messages = Messages().ToList();
        for (var start = 0; start < messages.Count; start += 25)
        {
            var memory = new ConversationMemory { Region = _regions[start / 25 % _regions.Length] };
            var fullShown = 0;
            var crisisSeen = false;
            foreach (var text in messages.Skip(start).Take(25))
            {
                var reply = pipeline.Answer(text, memory);
                failures.AddRange(Check(reply).Select(f => $"'{text}': {f}"));
                // "Start over" forgets the conversation, the full disclaimer included, so it starts its count again.
                fullShown = reply.Body == startedOver ? 0 : fullShown;
                fullShown += reply.Disclaimer == full ? 1 : 0;
                crisisSeen |= reply.Kind == ReplyKind.Crisis;
                if (crisisSeen && !reply.ShowHelpNow)
                {
                    failures.Add($"'{text}': help-now hidden after a crisis");
                }
            }

            if (fullShown > 1)
            {
                failures.Add($"conversation at {start}: full disclaimer shown {fullShown} times");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static IEnumerable<string> Check(Reply reply)
    {
        if (string.IsNullOrWhiteSpace(reply.Text))
        {
            yield return "empty text";
        }

        if ((reply.Kind == ReplyKind.Crisis) != (reply.Safety == SafetyLevel.Crisis))
        {
            yield return $"kind {reply.Kind} with safety {reply.Safety}";
        }

        if (reply.Kind == ReplyKind.Crisis)
        {
            var withContact = reply.Resources.Where(r => !string.IsNullOrWhiteSpace(r.Contact)).ToList();
            if (withContact.Count == 0)
            {
                yield return "crisis reply without a resource";
            }
            else if (!reply.Text.Contains(withContact[0].Contact, StringComparison.Ordinal))
            {
                yield return "crisis resource not in the text";
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(reply.Disclaimer) || !reply.Text.Contains(reply.Disclaimer, StringComparison.Ordinal))
        {
            yield return "missing disclaimer";
        }

        if (string.IsNullOrWhiteSpace(reply.Referral) || !reply.Text.Contains(reply.Referral, StringComparison.Ordinal))
        {
            yield return "missing referral";
        }

        if (!reply.Resources.Any(r => !string.IsNullOrWhiteSpace(r.Contact) && reply.Referral.Contains(r.Contact, StringComparison.Ordinal)))
        {
            yield return "referral names no contact";
        }
    }
}
