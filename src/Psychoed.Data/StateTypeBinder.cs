using Newtonsoft.Json.Serialization;

namespace Psychoed.Data;

/// <summary>
/// Limits the types that stored state may name to ours, the Bot Framework's, and plain collections
/// and values, so a tampered database row cannot make the deserializer build an arbitrary type.
/// </summary>
public sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes = ["Psychoed.", "Microsoft.Bot.Schema", "Microsoft.Bot.Builder", "Newtonsoft.Json"];
    private static readonly string[] AllowedSystemNamespaces = ["System.Collections.Generic", "System.Collections.ObjectModel"];
    private readonly DefaultSerializationBinder _inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = _inner.BindToType(assemblyName, typeName);
        if (!IsAllowed(type))
        {
            throw new InvalidOperationException($"Stored state names a type that is not allowed: {typeName}.");
        }

        return type;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        _inner.BindToName(serializedType, out assemblyName, out typeName);

    private static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.GetGenericArguments().All(IsAllowed))
        {
            return false;
        }

        var assembly = type.Assembly.GetName().Name ?? "";
        if (AllowedAssemblyPrefixes.Any(p => assembly.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        return type.IsPrimitive || type.IsEnum
            || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(object)
            || (type.Namespace is { } ns && AllowedSystemNamespaces.Contains(ns));
    }
}
