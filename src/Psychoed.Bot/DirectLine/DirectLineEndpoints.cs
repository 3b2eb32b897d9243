using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// The Direct Line 3.0 routes that Web Chat and botframework-directlinejs use, under <c>/v3/directline</c>.
/// Bodies and status codes follow Azure's Direct Line service, so the same client code works with both.
/// </summary>
public static class DirectLineEndpoints
{
    // A turn keeps going when the visitor's request is cancelled (a closed tab), up to this long.
    private static readonly TimeSpan s_turnTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Maps the routes.</summary>
    public static RouteGroupBuilder MapDirectLineRoutes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v3/directline").WithMetadata(DirectLineRateLimit.Requests);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).WithMetadata(DirectLineRateLimit.Posts);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        group.MapPost("/conversations/{conversationId}/upload", () =>
            DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "Uploads are not accepted."));
        return group;
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens)
    {
        var (grant, error) = auth.Authenticate(request);
        if (error is not null)
        {
            return error;
        }

        var (token, fresh) = tokens.Refresh(grant!);
        return Results.Json(new Dictionary<string, object>
        {
            ["conversationId"] = fresh.ConversationId,
            ["token"] = token,
            ["expires_in"] = tokens.LifetimeSeconds,
        });
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext http, DirectLineAuth auth, ConversationStore store, DirectLineAdapter adapter, TimeProvider time)
    {
        var (grant, error) = auth.Authenticate(http.Request);
        if (error is not null)
        {
            return error;
        }

        var (conversation, created) = store.GetOrCreate(grant!);
        conversation.Touch(time.GetUtcNow());
        if (created)
        {
            var locale = await ReadStartLocaleAsync(http.Request);
            var update = IncomingActivity(conversation, adapter, time, new Activity(ActivityTypes.ConversationUpdate)
            {
                Locale = locale,
                MembersAdded = [new ChannelAccount(conversation.UserId, role: RoleTypes.User)],
            });
            update.Id = Guid.NewGuid().ToString("N");
            update.ServiceUrl = DirectLineAdapter.ServiceUrl;
            await RunTurnAsync(http, adapter, conversation, update);
        }

        var body = ConversationBody(http, grant!, conversation, time, watermark: null);
        return created ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Json(body);
    }

    private static IResult Reconnect(HttpContext http, string conversationId, string? watermark, DirectLineAuth auth, ConversationStore store, TimeProvider time)
    {
        var (grant, conversation, error) = Open(http.Request, conversationId, auth, store);
        if (error is not null)
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return BadWatermark();
        }

        conversation!.Touch(time.GetUtcNow());
        return Results.Json(ConversationBody(http, grant!, conversation, time, after));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext http, string conversationId, DirectLineAuth auth, ConversationStore store,
        IncomingActivityReader reader, DirectLineAdapter adapter, TimeProvider time)
    {
        var (_, conversation, error) = Open(http.Request, conversationId, auth, store);
        if (error is not null)
        {
            return error;
        }

        var (posted, invalid) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (invalid is not null)
        {
            return invalid;
        }

        var activity = IncomingActivity(conversation!, adapter, time, posted!);
        var id = conversation!.Append(activity);
        conversation.Touch(time.GetUtcNow());

        // The bot gets its own copy: what it changes on its turn context must not change the echo.
        var forBot = Newtonsoft.Json.JsonConvert.DeserializeObject<Activity>(DirectLineJson.Serialize(activity), DirectLineJson.Settings)!;
        forBot.ServiceUrl = DirectLineAdapter.ServiceUrl;
        await RunTurnAsync(http, adapter, conversation, forBot);
        return Results.Json(new { id });
    }

    private static IResult GetActivities(HttpRequest request, string conversationId, string? watermark, DirectLineAuth auth, ConversationStore store)
    {
        var (_, conversation, error) = Open(request, conversationId, auth, store);
        if (error is not null)
        {
            return error;
        }

        if (!TryParseWatermark(watermark, out var after))
        {
            return BadWatermark();
        }

        // Reading does not keep a conversation alive: only the visitor's posts and reconnects do, so a
        // forgotten tab (polling or streaming alike) lets its conversation expire.
        return ActivityGroupResult(conversation!.Read(after));
    }

    /// <summary>Serializes an activity group with Bot Framework's activity JSON.</summary>
    internal static IResult ActivityGroupResult(ActivityGroup group) =>
        Results.Text(DirectLineJson.Serialize(group), "application/json");

    /// <summary>Parses a watermark: empty means "from the start".</summary>
    internal static bool TryParseWatermark(string? watermark, out long? after)
    {
        after = null;
        if (string.IsNullOrEmpty(watermark))
        {
            return true;
        }

        if (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            after = value;
            return true;
        }

        return false;
    }

    private static IResult BadWatermark() =>
        DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The watermark is not valid.");

    private static (DirectLineToken? Grant, DirectLineConversation? Conversation, IResult? Error) Open(
        HttpRequest request, string conversationId, DirectLineAuth auth, ConversationStore store)
    {
        var (grant, error) = auth.AuthenticateFor(request, conversationId);
        if (error is not null)
        {
            return (null, null, error);
        }

        var conversation = store.Find(conversationId);
        return conversation is null
            ? (null, null, DirectLineError.Result(StatusCodes.Status404NotFound, "ConversationNotFound",
                "The conversation has ended or expired. Start a new one."))
            : (grant, conversation, null);
    }

    private static Activity IncomingActivity(DirectLineConversation conversation, DirectLineAdapter adapter, TimeProvider time, Activity activity)
    {
        activity.Id = null;
        activity.ChannelId = DirectLineAdapter.ChannelId;
        activity.ServiceUrl = null;
        activity.Timestamp = time.GetUtcNow();
        activity.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        activity.Recipient = adapter.BotAccount;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        return activity;
    }

    private static async Task RunTurnAsync(HttpContext http, DirectLineAdapter adapter, DirectLineConversation conversation, Activity activity)
    {
        // The bot is resolved per turn, so whatever IBot the host registers answers here too.
        var bot = http.RequestServices.GetRequiredService<IBot>();
        using var timeout = new CancellationTokenSource(s_turnTimeout);
        try
        {
            await adapter.ProcessActivityAsync(conversation, activity, bot, timeout.Token);
        }
        catch (Exception e)
        {
            // The adapter's turn-error handler failed too, or the turn timed out: the visitor still
            // gets a reply that points to help, never a stack trace.
            http.RequestServices.GetRequiredService<ILogger<DirectLineAdapter>>()
                .LogError(e, "A Direct Line turn failed in conversation {ConversationId}", conversation.Id);
            adapter.AppendApology(activity);
        }
    }

    private static Dictionary<string, object> ConversationBody(
        HttpContext http, DirectLineToken grant, DirectLineConversation conversation, TimeProvider time, long? watermark)
    {
        var tokens = http.RequestServices.GetRequiredService<DirectLineTokenService>();
        var request = http.Request;
        var origin = PublicAddress.WebSocketOrigin(http, http.RequestServices.GetRequiredService<IOptions<PsychoedOptions>>().Value);
        var query = new Dictionary<string, string?> { ["t"] = tokens.IssueStreamToken(conversation.Id) };
        if (watermark is not null)
        {
            query["watermark"] = watermark.Value.ToString(CultureInfo.InvariantCulture);
        }

        var path = $"{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversation.Id)}/stream";
        var streamUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(origin + path, query);
        return new Dictionary<string, object>
        {
            ["conversationId"] = conversation.Id,
            ["token"] = DirectLineAuth.BearerOf(request)!,
            ["expires_in"] = Math.Max(0, (int)(grant.ExpiresAt - time.GetUtcNow()).TotalSeconds),
            ["streamUrl"] = streamUrl,
        };
    }

    private static async Task<string?> ReadStartLocaleAsync(HttpRequest request)
    {
        // directlinejs sends {"user":{"id"},"locale"}; only the locale is used (the user id is the token's).
        if (request.ContentLength is null or 0 or > 4096)
        {
            return null;
        }

        try
        {
            using var document = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("locale", out var locale)
                && locale.ValueKind == System.Text.Json.JsonValueKind.String
                && locale.GetString() is { Length: <= 20 } value ? value : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
