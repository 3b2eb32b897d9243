using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Psychoed.Bot.DirectLine;

/// <summary>The JSON settings of Direct Line bodies: Bot Framework's Newtonsoft shapes, nulls left out.</summary>
public static class DirectLineJson
{
    /// <summary>Serializer settings for activities and Direct Line responses.</summary>
    public static JsonSerializerSettings Settings { get; } = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false, OverrideSpecifiedNames = false } },
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    /// <summary>Serializes <paramref name="value"/>.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);
}
