using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Bot.Hosting;

/// <summary>Temporary stand-in until Core's pipeline lands: says so, and always gives the way to urgent help.</summary>
internal sealed class NotReadyAnswerPipeline : IAnswerPipeline
{
    public Task<Reply> AnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        const string body = "I'm still starting up and can't answer questions yet. Please try again in a minute.";
        const string help = "If you need help right now, call or text 988 (US), or call your local emergency number.";
        memory.Turns++;
        return Task.FromResult(new Reply
        {
            Kind = ReplyKind.SmallTalk,
            Safety = SafetyLevel.None,
            Body = body,
            Referral = help,
            Disclaimer = "This chat gives general information, not medical advice. No person monitors it.",
            Text = $"{body}\n\n{help}",
            Resources = [new HelpResource("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988", "24/7")],
        });
    }
}
