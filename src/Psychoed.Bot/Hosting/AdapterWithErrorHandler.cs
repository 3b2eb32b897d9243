using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Rendering;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// The Bot Framework adapter, with a turn-error handler that logs the activity's ids (never its
/// text), tells the user something kind with a way to get help now (never a stack trace), and
/// clears the conversation state so a bad state cannot fail every later turn.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    /// <summary>Creates the adapter.</summary>
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ILogger<AdapterWithErrorHandler> logger,
        IOptions<PsychoedOptions> options,
        ConversationState? conversationState = null)
        : base(auth, logger)
    {
        var message = ErrorMessage(options.Value);
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception,
                "Unhandled error in turn: activity {ActivityId}, type {ActivityType}, conversation {ConversationId}, channel {ChannelId}",
                activity?.Id, activity?.Type, activity?.Conversation?.Id, activity?.ChannelId);

            try
            {
                await turnContext.SendActivityAsync(
                    ReplyRenderer.RenderNotice(message, activity?.ChannelId, [ReplyButton.Saying(ReplyRenderer.HelpNow)]));
            }
            catch (Exception sendError)
            {
                logger.LogError(sendError, "Could not tell the user about the error in activity {ActivityId}", activity?.Id);
            }

            if (conversationState is not null)
            {
                try
                {
                    await conversationState.DeleteAsync(turnContext);
                }
                catch (Exception stateError)
                {
                    logger.LogError(stateError, "Could not clear conversation state after a turn error");
                }
            }
        };
    }

    private static string ErrorMessage(PsychoedOptions options)
    {
        var clinic = options.Clinic.Phone.Length > 0
            ? $" You can also call {(options.Clinic.Name.Length > 0 ? options.Clinic.Name : "the clinic")} on {options.Clinic.Phone}."
            : "";
        return "Sorry, something went wrong on my side, so I couldn't answer that. Please try again in a moment. " +
            "If you need help right now, tap \"I need help now\", or call your local emergency number (911 in the US and Canada, " +
            "999 in the UK, 112 or 999 in Ireland, 000 in Australia)." + clinic;
    }
}
