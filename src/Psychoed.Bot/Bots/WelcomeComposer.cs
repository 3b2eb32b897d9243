using System.Text;
using Psychoed.Bot.Hosting;
using Psychoed.Bot.Rendering;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Bot.Bots;

/// <summary>
/// Composes the welcome: what the bot is and isn't, how to get help now (the pipeline's own crisis
/// resources for the user's region), and the pipeline's help reply with its full disclaimer and
/// suggested topics. If the pipeline fails, the welcome still goes out with a fallback disclaimer.
/// </summary>
internal sealed class WelcomeComposer(IAnswerPipeline pipeline, PsychoedOptions options, ILogger logger)
{
    private const int MaxHelpNowResources = 3;

    public async Task<Reply> ComposeAsync(ConversationMemory memory, CancellationToken cancellationToken)
    {
        var help = await TryAnswerAsync("help", memory, cancellationToken);
        // A scratch memory: asking for resources must not mark this conversation as having had a crisis.
        var helpNow = await TryAnswerAsync(ReplyRenderer.HelpNow, new ConversationMemory { Region = memory.Region }, cancellationToken);
        var resources = helpNow?.Resources.Take(MaxHelpNowResources).ToList() ?? [];

        var greeting = BotTexts.Greeting(options);
        var body = new StringBuilder(BotTexts.WhatIAm);
        body.Append("\n\n").Append(resources.Count > 0 ? BotTexts.HelpNowIntro : BotTexts.HelpNowFallback);
        foreach (var resource in resources)
        {
            body.Append("\n- ").Append(resource.Name).Append(": ").Append(resource.Contact);
        }

        if (help is { Body.Length: > 0 })
        {
            body.Append("\n\n").Append(help.Body);
        }

        var disclaimer = help is { Disclaimer.Length: > 0 } ? help.Disclaimer : BotTexts.FallbackDisclaimer;
        var referral = help?.Referral ?? "";
        var text = string.Join("\n\n", new[] { greeting, body.ToString(), referral, disclaimer }.Where(t => t.Length > 0));

        return new Reply
        {
            Kind = ReplyKind.SmallTalk,
            Safety = SafetyLevel.None,
            Lead = greeting,
            Body = body.ToString(),
            Disclaimer = disclaimer,
            Referral = referral,
            Resources = resources,
            Suggestions = help?.Suggestions ?? [],
            Text = text,
        };
    }

    private async Task<Reply?> TryAnswerAsync(string text, ConversationMemory memory, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.AnswerAsync(text, memory, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The answer pipeline failed while composing the welcome; sending the fallback welcome");
            return null;
        }
    }
}
