using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Psychoed.Bot.Rendering;
using Psychoed.Core.Answers;
using Psychoed.Core.Conversation;
using Psychoed.Data;

namespace Psychoed.Bot.Bots;

/// <summary>
/// The activity handler shared by every channel. It only translates: an activity becomes a
/// <see cref="TurnInput"/> for Core's <see cref="ConversationEngine"/>, the reply is rendered for the
/// channel, and the turn's events are stored. In Teams channels and group chats it answers only when
/// @mentioned (or when one of its buttons is pressed).
/// </summary>
public sealed class PsychoedBot : TeamsActivityHandler
{
    private readonly ConversationEngine _engine;
    private readonly ConversationState _conversationState;
    private readonly IFeedbackStore _feedback;
    private readonly ILogger<PsychoedBot> _logger;
    private readonly IStatePropertyAccessor<ConversationMemory> _memory;
    private readonly IStatePropertyAccessor<bool> _welcomed;

    /// <summary>Creates the bot.</summary>
    public PsychoedBot(ConversationEngine engine, ConversationState conversationState, IFeedbackStore feedback, ILogger<PsychoedBot> logger)
    {
        _engine = engine;
        _conversationState = conversationState;
        _feedback = feedback;
        _logger = logger;
        _memory = conversationState.CreateProperty<ConversationMemory>("memory");
        _welcomed = conversationState.CreateProperty<bool>("welcomed");
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var value = ValueJson(activity.Value);
        var mentioned = IsBotMentioned(activity);
        if (IsSharedConversation(activity) && !mentioned && TurnAction.Parse(value) is null)
        {
            // Channel and group chat messages not addressed to the bot are none of its business.
            return;
        }

        var text = mentioned && activity is Activity full ? full.RemoveRecipientMention() : activity.Text;
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var turn = await _engine.RespondAsync(new TurnInput(text, value, activity.Locale, Channel: activity.ChannelId), memory, cancellationToken);
        await StoreAsync(turn.Events, activity, cancellationToken);
        await turnContext.SendActivityAsync(ReplyRenderer.Render(turn.Reply, activity.ChannelId), cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Handled here rather than through the Teams dispatch, which looks members up over the network.
        var activity = turnContext.Activity;
        var added = (activity.MembersAdded ?? []).Where(m => m is not null).ToList();
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

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _welcomed.GetAsync(turnContext, () => false, cancellationToken))
        {
            return;
        }

        await _welcomed.SetAsync(turnContext, true, cancellationToken);
        var memory = await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        var welcome = _engine.Welcome(memory, turnContext.Activity.Locale);
        await turnContext.SendActivityAsync(ReplyRenderer.Render(welcome, turnContext.Activity.ChannelId), cancellationToken);
    }

    private async Task StoreAsync(IReadOnlyList<ConversationEvent> events, IActivity activity, CancellationToken cancellationToken)
    {
        var (user, conversation, channel) = (activity.From?.Id ?? "", activity.Conversation?.Id ?? "", activity.ChannelId ?? "");
        foreach (var item in events)
        {
            try
            {
                var stored = item switch
                {
                    FeedbackGiven f => _feedback.RecordFeedbackAsync(new FeedbackEntry(user, conversation, channel, f.PassageId, f.Helpful, f.Comment), cancellationToken),
                    QuestionUnanswered q => _feedback.RecordGapAsync(new GapEntry(user, conversation, channel, q.Question, q.Reason), cancellationToken),
                    _ => Task.CompletedTask,
                };
                await stored;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The user still gets their reply; only the staff report misses one entry.
                _logger.LogError(ex, "Could not store a {Event}", item.GetType().Name);
            }
        }
    }

    /// <summary>A button's value as JSON for the engine; Bot Framework hands it over as a JObject or a string.</summary>
    private static string? ValueJson(object? value) => value switch
    {
        null => null,
        string s => s,
        JToken token => token.ToString(Newtonsoft.Json.Formatting.None),
        _ => SafeSerialize(value),
    };

    private static string? SafeSerialize(object value)
    {
        try
        {
            return JToken.FromObject(value).ToString(Newtonsoft.Json.Formatting.None);
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or ArgumentException or InvalidCastException)
        {
            return null;
        }
    }

    private static bool IsBotMentioned(IMessageActivity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId && activity.GetMentions().Any(m => m.Mentioned?.Id == botId);

    private static bool IsSharedConversation(IMessageActivity activity) =>
        activity.Conversation?.ConversationType is { } type
        && (type.Equals("channel", StringComparison.OrdinalIgnoreCase) || type.Equals("groupChat", StringComparison.OrdinalIgnoreCase));
}
