using System.Buffers;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.DirectLine;

/// <summary>
/// Reads a visitor's activity from a request body, within the size limits, and rebuilds it from the
/// fields a visitor may set: identity, ids, timestamps and routing are always the server's.
/// </summary>
public sealed class IncomingActivityReader(IOptions<DirectLineOptions> options)
{
    private static readonly HashSet<string> s_allowedTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing,
    };

    private static readonly string[] s_essentialChannelData = ["clientActivityID", "clientTimestamp"];

    private static readonly HashSet<string> s_textFormats = new(StringComparer.Ordinal)
    {
        TextFormatTypes.Plain, TextFormatTypes.Markdown, TextFormatTypes.Xml,
    };

    /// <summary>Reads the body; on failure returns the error to send instead.</summary>
    public async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (request.ContentLength > limits.MaxActivityBytes)
        {
            return (null, TooLarge(limits));
        }

        var body = await ReadCappedAsync(request.Body, limits.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return (null, TooLarge(limits));
        }

        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { MaxDepth = 32, DateParseHandling = DateParseHandling.None };
            json = JToken.ReadFrom(reader) as JObject ?? throw new JsonReaderException("not an object");
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException("trailing content");
            }
        }
        catch (JsonException)
        {
            return (null, BadRequest("The body must be one JSON activity object."));
        }

        if (Hosting.IncomingActivityValidator.HasMetadata(json))
        {
            return (null, BadRequest("Property names starting with '$' (such as $type) are not accepted."));
        }

        try
        {
            return Validate(json, limits);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            // A field of the wrong shape (an entity whose type is an object, say).
            return (null, BadRequest("The activity has a field of the wrong type."));
        }
    }

    private static (Activity?, IResult?) Validate(JObject json, DirectLineOptions limits)
    {
        if (json["type"] is not JValue { Type: JTokenType.String } typeToken || !s_allowedTypes.Contains((string)typeToken!))
        {
            return (null, BadRequest("The activity needs a \"type\" of \"message\", \"event\" or \"typing\"."));
        }

        var type = (string)typeToken!;
        string? text = null;
        if (json["text"] is { } textToken && textToken.Type != JTokenType.Null)
        {
            if (textToken.Type != JTokenType.String)
            {
                return (null, BadRequest("\"text\" must be a string."));
            }

            text = (string)textToken!;
            if (text.Length > limits.MaxTextLength)
            {
                return (null, DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageTooLarge",
                    $"The message is too long: at most {limits.MaxTextLength} characters."));
            }
        }

        if (json["attachments"] is JArray { Count: > 0 })
        {
            return (null, BadRequest("Attachments and uploads are not accepted."));
        }

        if (type == ActivityTypes.Message && string.IsNullOrWhiteSpace(text) && json["value"] is null or { Type: JTokenType.Null })
        {
            return (null, BadRequest("A message needs \"text\" or a \"value\"."));
        }

        if (type == ActivityTypes.Typing)
        {
            // A typing indicator means "the visitor is typing" and nothing more: it keeps no text,
            // value, entities or channelData, so a flood of them costs a few hundred bytes each.
            return (new Activity(ActivityTypes.Typing), null);
        }

        var value = json["value"] is { Type: not JTokenType.Null } v ? v : null;
        if (value is not null && JsonBytes(value) > limits.MaxValueBytes)
        {
            return (null, DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageTooLarge",
                $"The activity's value is too large: at most {limits.MaxValueBytes} bytes."));
        }

        var activity = new Activity(type)
        {
            Text = text,
            TextFormat = StringOrNull(json["textFormat"]) is { } format && s_textFormats.Contains(format) ? format : null,
            Locale = StringOrNull(json["locale"]),
            LocalTimezone = StringOrNull(json["localTimezone"]),
            Name = type == ActivityTypes.Event ? StringOrNull(json["name"]) : null,
            Value = value,
            ChannelData = CappedChannelData(json["channelData"] as JObject, limits.MaxChannelDataBytes),
        };
        if (json["entities"] is JArray entities && JsonBytes(entities) <= limits.MaxEntitiesBytes)
        {
            activity.Entities = entities.OfType<JObject>().Select(e => e.ToObject<Entity>()!).ToList();
        }

        if (activity.Locale is { Length: > 20 })
        {
            activity.Locale = null;
        }

        return (activity, null);
    }

    // Web Chat matches its echo by clientActivityID; that and the client timestamp survive a cut.
    private static JObject? CappedChannelData(JObject? channelData, int maxBytes)
    {
        if (channelData is null || JsonBytes(channelData) <= maxBytes)
        {
            return channelData;
        }

        var kept = new JObject();
        foreach (var name in s_essentialChannelData)
        {
            if (channelData[name] is JValue { Type: JTokenType.String } field && ((string?)field)?.Length <= 100)
            {
                kept[name] = field.DeepClone();
            }
        }

        return kept.Count == 0 ? null : kept;
    }

    private static int JsonBytes(JToken token) =>
        System.Text.Encoding.UTF8.GetByteCount(token.ToString(Formatting.None));

    private static string? StringOrNull(JToken? token) =>
        token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static IResult BadRequest(string message) =>
        DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", message);

    private static IResult TooLarge(DirectLineOptions limits) =>
        DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageTooLarge",
            $"The activity is too large: at most {limits.MaxActivityBytes} bytes.");

    // Reads at most max bytes; null when the body is longer, so a huge body is never buffered whole.
    private static async Task<string?> ReadCappedAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(max + 1);
        try
        {
            var total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(total, max + 1 - total), cancellationToken)) > 0)
            {
                total += read;
                if (total > max)
                {
                    return null;
                }
            }

            return System.Text.Encoding.UTF8.GetString(buffer, 0, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
