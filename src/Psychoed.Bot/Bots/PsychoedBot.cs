using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Data;
using Psychoed.Bot.Hosting;
using Psychoed.Bot.Rendering;
using Psychoed.Core.Answers;

namespace Psychoed.Bot.Bots;

/// <summary>
/// The activity handler shared by every channel: welcome, the bot's own commands, feedback, and
/// everything else through the answer pipeline, rendered for the channel. In Teams channels and
/// group chats it answers only when @mentioned (or when one of its buttons is pressed).
/// </summary>
public sealed class PsychoedBot : TeamsActivityHandler
{
    private readonly IAnswerPipeline _pipeline;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IFeedbackStore _feedback;
    private readonly PsychoedOptions _options;
    private readonly ILogger<PsychoedBot> _logger;
    private readonly IStatePropertyAccessor<ConversationMemory> _memory;
    private readonly IStatePropertyAccessor<bool> _welcomed;
    private readonly IStatePropertyAccessor<UserProfile> _profile;

    /// <summary>Creates the bot.</summary>
    public PsychoedBot(IAnswerPipeline pipeline, ConversationState conversationState, UserState userState,
        IFeedbackStore feedback, IOptions<PsychoedOptions> options, ILogger<PsychoedBot> logger)
    {
        _pipeline = pipeline;
        _conversationState = conversationState;
        _userState = userState;
        _feedback = feedback;
        _options = options.Value;
        _logger = logger;
        _memory = conversationState.CreateProperty<ConversationMemory>("memory");
        _welcomed = conversationState.CreateProperty<bool>("welcomed");
        _profile = userState.CreateProperty<UserProfile>("profile");
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var action = IncomingAction.Parse(activity.Value);
        var mentioned = IsBotMentioned(activity);
        if (IsSharedConversation(activity) && !mentioned && action is null)
        {
            // Channel and group chat messages not addressed to the bot are none of its business.
            return;
        }

        var text = (mentioned && activity is Activity full ? full.RemoveRecipientMention() : activity.Text)?.Trim() ?? "";
        if (text.Length == 0 && action?.Say is { Length: > 0 } say)
        {
            text = say;
        }

        if (action?.Feedback is not null)
        {
            await RecordFeedbackAsync(turnContext, action, cancellationToken);
            return;
        }

        var (command, argument) = BotCommands.Parse(text);
        switch (command)
        {
            case BotCommand.StartOver:
                await StartOverAsync(turnContext, cancellationToken);
                return;
            case BotCommand.Privacy:
                await SendNoticeAsync(turnContext, BotTexts.Privacy(_options), [ReplyButton.Saying("Start over", "start over")], cancellationToken);
                return;
            case BotCommand.Region:
                await ChooseRegionAsync(turnContext, argument, cancellationToken);
                return;
        }

        if (text.Length == 0)
        {
            await SendNoticeAsync(turnContext, BotTexts.EmptyMessage, [], cancellationToken);
            return;
        }

        await AnswerAsync(turnContext, text, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Handled here rather than through the Teams dispatch, which looks members up over the network.
        var activity = turnContext.Activity;
        var added = activity.MembersAdded ?? [];
        var botId = activity.Recipient?.Id;
        var shouldWelcome = activity.ChannelId == Channels.Msteams
            ? added.Any(m => m.Id == botId)   // Teams: when the bot is added to a chat or team
            : added.Any(m => m.Id != botId);  // elsewhere: when the user joins
        if (shouldWelcome)
        {
            await WelcomeAsync(turnContext, cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    private async Task AnswerAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var memory = await LoadMemoryAsync(turnContext, cancellationToken);
        if (text.Length > _options.MaxMessageLength)
        {
            await AnswerTooLongAsync(turnContext, text, memory, cancellationToken);
            return;
        }

        var reply = await _pipeline.AnswerAsync(text, memory, cancellationToken);
        _logger.LogInformation("Reply {Kind} (safety {Safety}, rule {Rule}, passage {PassageId}) on {ChannelId}",
            reply.Kind, reply.Safety, reply.Rule, reply.PassageId, turnContext.Activity.ChannelId);

        if (reply.Kind == ReplyKind.OutOfScope)
        {
            await RecordGapAsync(turnContext, text, "out_of_scope", cancellationToken);
        }
        else if (reply.LowConfidence)
        {
            await RecordGapAsync(turnContext, text, "low_confidence", cancellationToken);
        }

        await turnContext.SendActivityAsync(ReplyRenderer.Render(reply, turnContext.Activity.ChannelId), cancellationToken);
    }

    private async Task AnswerTooLongAsync(ITurnContext turnContext, string text, ConversationMemory memory, CancellationToken cancellationToken)
    {
        // Safety first even here: screen the whole message, and if it is a crisis anywhere, answer the crisis.
        var crisis = await AnsweredAsCrisisAsync(turnContext, text, memory, cancellationToken);
        _logger.LogInformation("Message over {Max} characters refused ({Length}); crisis {Crisis}", _options.MaxMessageLength, text.Length, crisis);
        if (!crisis)
        {
            await SendNoticeAsync(turnContext, BotTexts.TooLong(_options.MaxMessageLength), [], cancellationToken);
        }
    }

    /// <summary>
    /// Screens text the pipeline would not otherwise see (a feedback comment, a command's free text, the
    /// whole of an overlong message) on a copy of the memory; when it is a crisis, sends the
    /// crisis reply, keeps what the pipeline remembered, and returns true. Otherwise nothing changes.
    /// </summary>
    private async Task<bool> AnsweredAsCrisisAsync(ITurnContext turnContext, string? text, ConversationMemory memory, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trial = MemoryCopy.Of(memory);
        // The whole text, however long: a crisis sentence at the end of an overlong message must be seen.
        var screened = await _pipeline.AnswerAsync(text, trial, cancellationToken);
        if (screened.Kind != ReplyKind.Crisis)
        {
            return false;
        }

        MemoryCopy.Into(trial, memory);
        await turnContext.SendActivityAsync(ReplyRenderer.Render(screened, turnContext.Activity.ChannelId), cancellationToken);
        return true;
    }

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            return;
        }

        await _welcomed.SetAsync(turnContext, true, cancellationToken);
        var memory = await LoadMemoryAsync(turnContext, cancellationToken);
        var welcome = await new WelcomeComposer(_pipeline, _options, _logger).ComposeAsync(memory, cancellationToken);
        await turnContext.SendActivityAsync(ReplyRenderer.Render(welcome, turnContext.Activity.ChannelId), cancellationToken);
    }

    private async Task StartOverAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var previous = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        // Keep "help now" visible after a crisis even when the rest is forgotten.
        await _memory.SetAsync(turnContext, new ConversationMemory { CrisisSeen = previous.CrisisSeen }, cancellationToken);
        await SendNoticeAsync(turnContext, BotTexts.StartedOver, [], cancellationToken);
    }

    private async Task ChooseRegionAsync(ITurnContext turnContext, string? asked, CancellationToken cancellationToken)
    {
        var choices = Regions.Supported.Select(r => ReplyButton.Saying(r.Name, $"region {r.Code}")).ToList();
        if (asked is null)
        {
            await SendNoticeAsync(turnContext, BotTexts.ChooseRegion, choices, cancellationToken);
            return;
        }

        if (Regions.Normalize(asked) is not { } region)
        {
            // Free text that is no region ("country i want to die") is screened like any message.
            if (await AnsweredAsCrisisAsync(turnContext, asked, await LoadMemoryAsync(turnContext, cancellationToken), cancellationToken))
            {
                return;
            }

            await SendNoticeAsync(turnContext, BotTexts.UnknownRegion(asked), choices, cancellationToken);
            return;
        }

        var profile = await _profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        profile.Region = region;
        await _profile.SetAsync(turnContext, profile, cancellationToken);
        var memory = await LoadMemoryAsync(turnContext, cancellationToken);
        memory.Region = region;
        await SendNoticeAsync(turnContext, BotTexts.RegionSet(region), [], cancellationToken);
    }

    private async Task RecordFeedbackAsync(ITurnContext turnContext, IncomingAction action, CancellationToken cancellationToken)
    {
        var helpful = action.Feedback == true;
        var activity = turnContext.Activity;
        try
        {
            await _feedback.RecordFeedbackAsync(
                new FeedbackEntry(activity.From?.Id ?? "", activity.Conversation?.Id ?? "", activity.ChannelId ?? "", action.PassageId, helpful, action.Comment),
                cancellationToken);
            _logger.LogInformation("Feedback {Rating} on passage {PassageId}", helpful ? "up" : "down", action.PassageId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not record feedback on passage {PassageId}", action.PassageId);
        }

        // A comment is free text like any message: a crisis in it is answered instead of a thank-you.
        if (await AnsweredAsCrisisAsync(turnContext, action.Comment, await LoadMemoryAsync(turnContext, cancellationToken), cancellationToken))
        {
            return;
        }

        await SendNoticeAsync(turnContext, helpful ? BotTexts.ThanksHelpful : BotTexts.ThanksNotHelpful, [], cancellationToken);
    }

    private async Task RecordGapAsync(ITurnContext turnContext, string question, string reason, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        try
        {
            await _feedback.RecordGapAsync(
                new GapEntry(activity.From?.Id ?? "", activity.Conversation?.Id ?? "", activity.ChannelId ?? "", question, reason),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The user still gets their answer; only the staff report misses one question.
            _logger.LogError(ex, "Could not record an unanswered question");
        }
    }

    private async Task<ConversationMemory> LoadMemoryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var profile = await _profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
        memory.Region = profile.Region ?? Regions.FromLocale(turnContext.Activity.Locale) ?? _options.Region;
        return memory;
    }

    /// <summary>The bot's own notices go out like any reply: with the disclaimer, the referral and "help now".</summary>
    private async Task SendNoticeAsync(ITurnContext turnContext, string text, IReadOnlyList<ReplyButton> buttons, CancellationToken cancellationToken)
    {
        var memory = await LoadMemoryAsync(turnContext, cancellationToken);
        var reply = _pipeline.Notice(text, memory);
        await turnContext.SendActivityAsync(ReplyRenderer.Render(reply, turnContext.Activity.ChannelId, buttons), cancellationToken);
    }

    private static bool IsBotMentioned(IMessageActivity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId && activity.GetMentions().Any(m => m.Mentioned?.Id == botId);

    private static bool IsSharedConversation(IMessageActivity activity) =>
        activity.Conversation?.ConversationType is { } type
        && (type.Equals("channel", StringComparison.OrdinalIgnoreCase) || type.Equals("groupChat", StringComparison.OrdinalIgnoreCase));
}
