using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Psychoed.Bot.Hosting;

/// <summary>
/// Checks a request body on <c>/api/messages</c> before the Bot Framework adapter sees it: one JSON
/// activity object with a string type, an absolute http(s) service URL, a conversation with an id, text
/// that is a string, a channel id and a sender id, and no Newtonsoft metadata (<c>$type</c>, <c>$ref</c>, …). The adapter turns such
/// input into a 500; here it is a 400 with a short reason. Null members in <c>membersAdded</c> and
/// <c>membersRemoved</c> are dropped so the bot never meets them.
/// </summary>
internal static class IncomingActivityValidator
{
    private const int MaxDepth = 64;

    private static readonly JsonSerializer s_sdk = JsonSerializer.Create(new JsonSerializerSettings
    {
        // What the SDK's reader uses, so a body that passes here also deserializes there.
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        MaxDepth = MaxDepth,
    });

    /// <summary>The reason the body is refused, or null; <paramref name="cleaned"/> is set when the body had to change.</summary>
    public static string? Check(string body, out JObject? cleaned)
    {
        cleaned = null;
        JObject json;
        try
        {
            using var reader = new JsonTextReader(new StringReader(body)) { MaxDepth = MaxDepth, DateParseHandling = DateParseHandling.None };
            json = JToken.ReadFrom(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error }) as JObject
                ?? throw new JsonReaderException("not an object");
            if (reader.Read() && reader.TokenType != JsonToken.Comment)
            {
                throw new JsonReaderException("trailing content");
            }
        }
        catch (JsonException)
        {
            return "The body must be one JSON activity object.";
        }

        if (HasMetadata(json))
        {
            return "Property names starting with '$' (such as $type) are not accepted.";
        }

        if (json["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type))
        {
            return "The activity needs a \"type\" string.";
        }

        if ((string?)type == "invoke" && (json["name"] is not JValue { Type: JTokenType.String } invokeName || string.IsNullOrWhiteSpace((string?)invokeName)))
        {
            return "An invoke activity needs a \"name\".";
        }

        if (json["serviceUrl"] is not JValue { Type: JTokenType.String } serviceUrl
            || !Uri.TryCreate((string?)serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return "The activity needs a \"serviceUrl\" that is an absolute http(s) URL.";
        }

        if (json["conversation"] is not JObject conversation
            || conversation["id"] is not JValue { Type: JTokenType.String } id || string.IsNullOrWhiteSpace((string?)id))
        {
            return "The activity needs a \"conversation\" with an \"id\".";
        }

        if (json["text"] is { Type: not (JTokenType.String or JTokenType.Null) })
        {
            return "\"text\" must be a string.";
        }

        if (json["channelId"] is not JValue { Type: JTokenType.String } channel || string.IsNullOrWhiteSpace((string?)channel))
        {
            return "The activity needs a \"channelId\".";
        }

        // Conversation and user state are keyed by these; without them every turn fails.
        if (json["from"] is not JObject from || from["id"] is not JValue { Type: JTokenType.String } fromId || string.IsNullOrWhiteSpace((string?)fromId))
        {
            return "The activity needs a \"from\" with an \"id\".";
        }

        if (json["recipient"] is { Type: not (JTokenType.Object or JTokenType.Null) })
        {
            return "\"recipient\" must be an object.";
        }

        var changed = DropNullMembers(json, "membersAdded") | DropNullMembers(json, "membersRemoved");
        try
        {
            _ = json.ToObject<Activity>(s_sdk);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            return "A field of the activity has the wrong type.";
        }

        cleaned = changed ? json : null;
        return null;
    }

    /// <summary>True when any property name in <paramref name="token"/> starts with '$' (Newtonsoft metadata such as $type).</summary>
    internal static bool HasMetadata(JToken token)
    {
        var pending = new Stack<JToken>();
        pending.Push(token);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is JObject obj)
            {
                foreach (var property in obj.Properties())
                {
                    if (property.Name.StartsWith('$'))
                    {
                        return true;
                    }

                    pending.Push(property.Value);
                }
            }
            else if (current is JArray array)
            {
                foreach (var item in array)
                {
                    pending.Push(item);
                }
            }
        }

        return false;
    }

    // A member list with a null or non-object entry (membersAdded: [null]) loses those entries.
    private static bool DropNullMembers(JObject json, string name)
    {
        if (json[name] is not { } members)
        {
            return false;
        }

        if (members is not JArray array)
        {
            json.Remove(name);
            return true;
        }

        var bad = array.Where(m => m is not JObject).ToList();
        foreach (var item in bad)
        {
            item.Remove();
        }

        return bad.Count > 0;
    }
}
