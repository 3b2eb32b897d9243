using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Psychoed.Bot.Tests.Support;

/// <summary>
/// FsCheck generators of hostile request bodies: a valid activity with one to four fields set to odd
/// values or removed (nulls, wrong types, bad URLs, <c>$type</c>, <c>[null]</c> members, nesting), and
/// bodies that are not activities at all.
/// </summary>
internal static class ActivityFuzz
{
    private static readonly string[] s_fields =
    [
        "type", "serviceUrl", "conversation", "text", "from", "recipient", "channelId", "membersAdded",
        "membersRemoved", "entities", "attachments", "value", "channelData", "$type", "locale", "timestamp",
        "id", "replyToId", "deliveryMode", "textFormat", "name", "localTimestamp", "action", "relatesTo",
    ];

    private static readonly string[] s_types =
    [
        "message", "conversationUpdate", "event", "invoke", "typing", "endOfConversation", "messageReaction",
        "installationUpdate", "contactRelationUpdate", "deleteUserData", "messageUpdate", "trace", "handoff", "", " ", "MESSAGE",
    ];

    private static readonly string[] s_strings =
    [
        "", " ", "not a url", "ftp://example.org/", "http://", "//example.org", "urn:x", "http://localhost:1/",
        "https://smba.trafficmanager.net/amer/", "\u0000", "\ud800", "ä漢字🙂", "null", "12", "true",
        "i want to kill myself", "what is ptsd", "help", "start over", "region GB", "privacy", "tell me more",
    ];

    /// <summary>Any JSON value, nested up to a few levels.</summary>
    public static Gen<JsonNode?> Value(int depth = 2)
    {
        var leaves = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Elements(s_strings).Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Choose(-5, 5).Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Elements(1e308, -0.5, 3.14).Select(d => (JsonNode?)JsonValue.Create(d)),
            Gen.Choose(0, 3).Select(n => (JsonNode?)JsonValue.Create(new string('x', n * 300))));
        if (depth == 0)
        {
            return leaves;
        }

        var inner = Value(depth - 1);
        return Gen.Frequency(
            (5, leaves),
            (1, inner.ListOf(3).Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()))),
            (1, Gen.Constant<JsonNode?>(new JsonArray((JsonNode?)null))),
            (1, Gen.Elements(s_fields).Zip(inner).ListOf(3).Select(pairs =>
            {
                var obj = new JsonObject();
                foreach (var (key, value) in pairs)
                {
                    obj[key] = value?.DeepClone();
                }

                return (JsonNode?)obj;
            })),
            (1, Gen.Elements<JsonNode?>(
                new JsonObject { ["id"] = "user-1" },
                new JsonObject { ["id"] = null },
                new JsonObject { ["$type"] = null },
                new JsonObject { ["$type"] = 42 },
                new JsonObject { ["$type"] = "System.Object, mscorlib" })));
    }

    /// <summary>A mutated activity body for <c>/api/messages</c>.</summary>
    public static Gen<string> BotFrameworkBody() =>
        Gen.Frequency(
            (12, Mutated(() => ActivityJson.Message("what is anxiety", conversationId: "fuzz-" + Guid.NewGuid().ToString("N")))),
            (1, Gen.Elements("", "null", "[]", "{", "not json", "{\"type\":\"message\"} trailing", "\"text\"", "{\"type\":null}", "{\"$type\":null}", "{\"$type\":{}}", "[null]")));

    /// <summary>A mutated activity body for the embedded Direct Line.</summary>
    public static Gen<string> DirectLineBody() =>
        Gen.Frequency(
            (12, Mutated(() => new JsonObject { ["type"] = "message", ["text"] = "what is anxiety" })),
            (1, Gen.Elements("", "null", "[]", "{", "not json", "{\"$type\":null}", "{\"type\":\"typing\",\"channelData\":[null]}")));

    private static Gen<string> Mutated(Func<JsonObject> start)
    {
        var edit = Gen.OneOf(
            Gen.Elements(s_fields).Zip(Value()).Select(p => (Field: p.Item1, Value: p.Item2, Remove: false)),
            Gen.Elements(s_fields).Select(f => (Field: f, Value: (JsonNode?)null, Remove: true)),
            Gen.Elements(s_types).Select(t => (Field: "type", Value: (JsonNode?)JsonValue.Create(t), Remove: false)),
            Gen.Elements("serviceUrl", "conversation", "text").Select(f => (Field: f, Value: (JsonNode?)null, Remove: false)),
            Gen.Elements(s_fields).Zip(Value()).Select(p => (Field: "conversation." + p.Item1, Value: p.Item2, Remove: false)));
        return edit.ListOf(4).Where(edits => edits.Count > 0).Select(edits =>
        {
            var activity = start();
            foreach (var (field, value, remove) in edits)
            {
                Apply(activity, field, value?.DeepClone(), remove);
            }

            return activity.ToJsonString();
        });
    }

    private static void Apply(JsonObject activity, string field, JsonNode? value, bool remove)
    {
        var target = activity;
        if (field.StartsWith("conversation.", StringComparison.Ordinal))
        {
            if (activity["conversation"] is not JsonObject conversation)
            {
                return;
            }

            target = conversation;
            field = field["conversation.".Length..];
        }

        if (remove)
        {
            target.Remove(field);
        }
        else
        {
            target[field] = value;
        }
    }
}
