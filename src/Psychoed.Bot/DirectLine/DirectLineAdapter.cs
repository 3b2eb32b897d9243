using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Psychoed.Bot.Rendering;
using Psychoed.Core.Conversation;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The in-process adapter behind the embedded Direct Line: runs the registered bot on a visitor's
/// activity and appends whatever the bot sends to the conversation's activity log, where the website
/// reads it. The same bot object serves Teams through the Bot Framework adapter.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>The channel id the bot sees for website visitors, as with Azure's Direct Line.</summary>
    public const string ChannelId = "directline";

    /// <summary>The service URL stamped on activities; nothing calls it, replies come back through this adapter.</summary>
    public const string ServiceUrl = "urn:psychoed:directline";

    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(5);

    private readonly ConversationStore _store;
    private readonly TimeProvider _time;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly ILogger<DirectLineAdapter> _logger;

    /// <summary>Creates the adapter.</summary>
    public DirectLineAdapter(
        ConversationStore store, TimeProvider time, IOptions<DirectLineOptions> options, ConversationEngine engine, ConversationState conversationState, ILogger<DirectLineAdapter> logger)
    {
        _store = store;
        _time = time;
        _options = options;
        _logger = logger;
        Apology = engine.TurnErrorText();
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception, "Unhandled error in a Direct Line turn: activity {ActivityId}, conversation {ConversationId}",
                activity?.Id, activity?.Conversation?.Id);
            await turnContext.SendActivityAsync(ReplyRenderer.RenderNotice(Apology, ChannelId, [ReplyButton.Saying(ReplyRenderer.HelpNow)]));
            try
            {
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception stateError)
            {
                logger.LogError(stateError, "Could not clear conversation state after a turn error");
            }
        };
    }

    /// <summary>What a visitor reads when the bot fails on their message: the same text as on the other channels.</summary>
    public string Apology { get; }

    /// <summary>The account the bot speaks as.</summary>
    public ChannelAccount BotAccount => new(_options.Value.BotId, _options.Value.BotName, RoleTypes.Bot);

    /// <summary>Runs one turn of <paramref name="bot"/> on <paramref name="activity"/>, one turn at a time per conversation.</summary>
    public async Task ProcessActivityAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        await conversation.TurnGate.WaitAsync(cancellationToken);
        try
        {
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    var wanted = TimeSpan.FromMilliseconds(activity.Value is IConvertible ms ? Convert.ToDouble(ms, System.Globalization.CultureInfo.InvariantCulture) : 1000);
                    await Task.Delay(wanted < s_maxDelay ? wanted : s_maxDelay, _time, cancellationToken);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypesEx.InvokeResponse:
                    turnContext.TurnState.Add(InvokeResponseKey, activity);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                    // Traces are for the Emulator, never shown to a visitor.
                    responses[i] = new ResourceResponse();
                    break;
                default:
                    responses[i] = new ResourceResponse(Deliver(activity));
                    break;
            }
        }

        return responses;
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(activity.Conversation?.Id);
        var copy = Stamp(activity);
        if (conversation is null || string.IsNullOrEmpty(activity.Id) || !conversation.Replace(copy))
        {
            throw new InvalidOperationException($"There is no activity {activity.Id} to update in this conversation.");
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(reference.Conversation?.Id);
        if (conversation is null || string.IsNullOrEmpty(reference.ActivityId) || !conversation.Remove(reference.ActivityId))
        {
            throw new InvalidOperationException($"There is no activity {reference.ActivityId} to delete in this conversation.");
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(null, reference, callback, cancellationToken);

    /// <inheritdoc />
    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(claimsIdentity, reference, callback, cancellationToken);

    /// <inheritdoc />
    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, string audience, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(claimsIdentity, reference, callback, cancellationToken);

    private async Task ContinueAsync(ClaimsIdentity? identity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var conversation = ConversationOf(reference.Conversation?.Id)
            ?? throw new InvalidOperationException("The conversation has ended or expired.");
        await conversation.TurnGate.WaitAsync(cancellationToken);
        try
        {
            using var context = new TurnContext(this, reference.GetContinuationActivity());
            if (identity is not null)
            {
                context.TurnState.Add<System.Security.Principal.IIdentity>(BotIdentityKey, identity);
            }

            await RunPipelineAsync(context, callback, cancellationToken);
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }

    /// <summary>Appends the apology as a reply to <paramref name="incoming"/>, when a turn failed beyond the turn-error handler.</summary>
    public void AppendApology(Activity incoming)
    {
        var apology = incoming.CreateReply(Apology);
        apology.From = BotAccount;
        Deliver(apology);
    }

    private string Deliver(Activity activity)
    {
        var conversation = ConversationOf(activity.Conversation?.Id);
        if (conversation is null)
        {
            // The visitor's conversation expired during the turn; nobody can read the reply.
            _logger.LogInformation("Dropped a reply to an expired Direct Line conversation");
            return string.Empty;
        }

        var copy = Stamp(activity);
        copy.Id = null;
        copy.Recipient = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        var id = conversation.Append(copy);
        conversation.Touch(_time.GetUtcNow());
        return id;
    }

    private DirectLineConversation? ConversationOf(string? conversationId) =>
        string.IsNullOrEmpty(conversationId) ? null : _store.Find(conversationId);

    // A copy, so the bot changing its object later cannot change what visitors read.
    private Activity Stamp(Activity activity)
    {
        var copy = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, DirectLineJson.Settings), DirectLineJson.Settings)!;
        copy.From = BotAccount;
        copy.ChannelId = ChannelId;
        copy.ServiceUrl = null;
        copy.Timestamp = _time.GetUtcNow();
        copy.Conversation = new ConversationAccount(id: activity.Conversation?.Id);
        return copy;
    }
}
