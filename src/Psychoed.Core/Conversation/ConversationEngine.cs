using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Core.Conversation;

/// <summary>
/// The one place where a turn is decided, for every channel and the CLI: button presses, the
/// conversation's own commands (start over, privacy, region), the welcome, the length limit, feedback
/// and unanswered questions, and everything else through the answer pipeline. Text that is not
/// answered as a question is still screened on its whole length first, so a crisis always wins.
/// Hosts translate their input into a <see cref="TurnInput"/>, render the reply and store the events.
/// </summary>
public sealed class ConversationEngine
{
    private const int HelpNowInWelcome = 3;
    private readonly Func<IAnswerPipeline> _pipeline;
    private readonly ConversationOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the engine over the pipeline serving now (it changes when the corpus reloads).</summary>
    public ConversationEngine(Func<IAnswerPipeline> pipeline, ConversationOptions? options = null, ILogger<ConversationEngine>? logger = null)
    {
        _pipeline = pipeline;
        _options = options ?? new ConversationOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Creates the engine over one pipeline.</summary>
    public ConversationEngine(IAnswerPipeline pipeline, ConversationOptions? options = null, ILogger<ConversationEngine>? logger = null)
        : this(() => pipeline, options, logger)
    {
    }

    /// <summary>Decides one turn, updating <paramref name="memory"/>.</summary>
    public Task<TurnResult> RespondAsync(TurnInput input, ConversationMemory memory, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Respond(input, memory));
    }

    /// <summary>Decides one turn synchronously (retrieval is in memory); never throws on user input.</summary>
    public TurnResult Respond(TurnInput input, ConversationMemory memory)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(memory);
        var pipeline = _pipeline();
        ResolveRegion(input, memory);
        var action = TurnAction.Parse(input.Value);
        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0 && action?.Say is { Length: > 0 } say)
        {
            text = say;
        }

        var result = action?.Feedback is { } helpful
            ? Feedback(pipeline, helpful, action, memory)
            : Message(pipeline, text, memory);
        _logger.LogInformation("Reply {Kind} (safety {Safety}, rule {Rule}, passage {PassageId}) on {Channel}",
            result.Reply.Kind, result.Reply.Safety, result.Reply.Rule, result.Reply.PassageId, input.Channel);
        return result;
    }

    /// <summary>
    /// The welcome: what the bot is and is not, the region's "help now" contacts, and how to ask, with
    /// the full disclaimer. A failing pipeline still lets a welcome go out, with the built-in disclaimer.
    /// </summary>
    public Reply Welcome(ConversationMemory memory, string? locale = null, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ResolveRegion(new TurnInput(null, Locale: locale, Region: region), memory);
        var pipeline = _pipeline();
        var messages = SafetyCatalogLoader.BuiltIn.Messages;
        try
        {
            messages = pipeline.Catalog.Messages;
            var greeting = Greeting(messages);
            var resources = pipeline.HelpNowResources(memory).Take(HelpNowInWelcome).ToList();
            var helpNow = resources.Count == 0
                ? messages.Get("conversation.help_now_fallback")
                : messages.Get("conversation.help_now_intro") + "\n" + string.Join("\n", resources.Select(r => $"- {r.Name}: {r.Contact}"));
            var body = string.Join("\n\n", messages.Get("conversation.what_i_am"), helpNow, messages.Get("smalltalk.help"));
            var notice = pipeline.Notice(greeting + "\n\n" + body, memory, suggestTopics: true);
            return notice with { Lead = greeting, Body = body, Resources = [.. resources, .. notice.Resources] };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "The answer pipeline failed while composing the welcome; sending the built-in welcome");
            var greeting = Greeting(messages);
            var disclaimer = messages.Get("disclaimer.full");
            var body = messages.Get("conversation.what_i_am") + "\n\n" + messages.Get("conversation.help_now_fallback");
            return new Reply
            {
                Kind = ReplyKind.SmallTalk,
                Safety = SafetyLevel.None,
                Lead = greeting,
                Body = body,
                Disclaimer = disclaimer,
                Text = string.Join("\n\n", greeting, body, disclaimer),
            };
        }
    }

    /// <summary>
    /// What a channel says when a turn fails outright. From the built-in wording, which cannot be broken
    /// by a corpus edit, since this is the reply of last resort.
    /// </summary>
    public string TurnErrorText()
    {
        var messages = SafetyCatalogLoader.BuiltIn.Messages;
        var text = messages.Get("errors.turn");
        return _options.ClinicPhone.Length == 0 ? text : text + " " + messages.Get("errors.turn_clinic")
            .Replace("{clinic}", _options.ClinicName.Length > 0 ? _options.ClinicName : "the clinic", StringComparison.Ordinal)
            .Replace("{phone}", _options.ClinicPhone, StringComparison.Ordinal);
    }

    private TurnResult Message(IAnswerPipeline pipeline, string text, ConversationMemory memory)
    {
        var (command, argument) = ConversationCommands.Parse(text);
        if (command != ConversationCommand.None || text.Length > _options.MaxMessageLength)
        {
            // Not a question to answer, but screened on its whole length first all the same.
            if (pipeline.Crisis(text, memory) is { } crisis)
            {
                return Only(crisis);
            }
        }

        return command switch
        {
            ConversationCommand.StartOver => StartOver(pipeline, memory),
            ConversationCommand.Privacy => Only(Notice(pipeline, memory, Privacy(pipeline.Catalog.Messages), StartOverChoice(pipeline))),
            ConversationCommand.Region => ChooseRegion(pipeline, argument, memory),
            _ when text.Length == 0 => Only(Notice(pipeline, memory, pipeline.Catalog.Messages.Get("conversation.empty_message"))),
            _ when text.Length > _options.MaxMessageLength => TooLong(pipeline, text, memory),
            _ => Answer(pipeline, text, memory),
        };
    }

    private static TurnResult Answer(IAnswerPipeline pipeline, string text, ConversationMemory memory)
    {
        var reply = pipeline.Answer(text, memory);
        var reason = reply.Kind switch
        {
            ReplyKind.OutOfScope => "out_of_scope",
            ReplyKind.Nearest => "nearest_offered",
            ReplyKind.Support => "support_only",
            _ => reply.LowConfidence ? "low_confidence" : null,
        };
        return new TurnResult(reply, reason is null ? [] : [new QuestionUnanswered(text, reason)]);
    }

    private TurnResult TooLong(IAnswerPipeline pipeline, string text, ConversationMemory memory)
    {
        _logger.LogInformation("Message over {Max} characters refused ({Length})", _options.MaxMessageLength, text.Length);
        var message = pipeline.Catalog.Messages.Get("conversation.too_long")
            .Replace("{max}", _options.MaxMessageLength.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Only(Notice(pipeline, memory, message));
    }

    private static TurnResult StartOver(IAnswerPipeline pipeline, ConversationMemory memory)
    {
        memory.StartOver();
        return Only(Notice(pipeline, memory, pipeline.Catalog.Messages.Get("conversation.started_over")));
    }

    private static TurnResult ChooseRegion(IAnswerPipeline pipeline, string? asked, ConversationMemory memory)
    {
        var messages = pipeline.Catalog.Messages;
        var choices = Regions.Supported.Select(r => new ReplyChoice(r.Name, $"region {r.Code}")).ToList();
        if (asked is null)
        {
            return Only(Notice(pipeline, memory, messages.Get("conversation.choose_region"), choices));
        }

        if (Regions.Normalize(asked) is not { } region)
        {
            return Only(Notice(pipeline, memory, messages.Get("conversation.unknown_region").Replace("{asked}", asked, StringComparison.Ordinal), choices));
        }

        memory.ChosenRegion = region;
        memory.Region = region;
        return Only(Notice(pipeline, memory, messages.Get("conversation.region_set").Replace("{region}", Regions.NameOf(region), StringComparison.Ordinal)));
    }

    private static TurnResult Feedback(IAnswerPipeline pipeline, bool helpful, TurnAction action, ConversationMemory memory)
    {
        // A comment is free text like any message: a crisis in it is answered instead of a thank-you,
        // and its text is not kept.
        var crisis = string.IsNullOrWhiteSpace(action.Comment) ? null : pipeline.Crisis(action.Comment, memory);
        var given = new FeedbackGiven(helpful, action.PassageId, crisis is null ? action.Comment : null);
        var reply = crisis ?? Notice(pipeline, memory, pipeline.Catalog.Messages.Get(helpful ? "conversation.thanks_helpful" : "conversation.thanks_not_helpful"));
        return new TurnResult(reply, [given]);
    }

    private string Privacy(MessageCatalog messages)
    {
        var text = messages.Get("conversation.privacy")
            .Replace("{feedback_days}", _options.FeedbackRetentionDays.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{state_days}", _options.StateRetentionDays.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return _options.PrivacyUrl.Length == 0
            ? text
            : text + " " + messages.Get("conversation.privacy_notice").Replace("{url}", _options.PrivacyUrl, StringComparison.Ordinal);
    }

    private string Greeting(MessageCatalog messages) =>
        messages.Get(_options.ClinicName.Length > 0 ? "conversation.greeting_clinic" : "conversation.greeting")
            .Replace("{bot}", _options.BotName, StringComparison.Ordinal)
            .Replace("{clinic}", _options.ClinicName, StringComparison.Ordinal);

    private static IReadOnlyList<ReplyChoice> StartOverChoice(IAnswerPipeline pipeline) =>
        [new ReplyChoice(pipeline.Catalog.Messages.Get("conversation.start_over_button"), "start over")];

    private static Reply Notice(IAnswerPipeline pipeline, ConversationMemory memory, string text, IReadOnlyList<ReplyChoice>? choices = null) =>
        pipeline.Notice(text, memory) with { Choices = choices ?? [] };

    private static TurnResult Only(Reply reply) => new(reply, []);

    private static void ResolveRegion(TurnInput input, ConversationMemory memory) =>
        memory.Region = memory.ChosenRegion ?? Regions.Normalize(input.Region) ?? Regions.FromLocale(input.Locale) ?? memory.Region;
}
