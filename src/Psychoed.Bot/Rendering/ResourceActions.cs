using Psychoed.Core.Answers;

namespace Psychoed.Bot.Rendering;

/// <summary>Turns a help resource's <c>tel:</c>, <c>sms:</c> or <c>https:</c> action into a button label.</summary>
internal static class ResourceActions
{
    private static readonly string[] AllowedSchemes = ["tel:", "sms:", "https:", "http:"];

    /// <summary>True when the resource has an action a card can open.</summary>
    public static bool HasAction(HelpResource resource) =>
        resource.Action is { Length: > 0 } action && AllowedSchemes.Any(s => action.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Call 988", "Text 741741", "Call SAMHSA National Helpline" (long numbers read badly), or "Open Lifeline chat".</summary>
    public static string Title(HelpResource resource)
    {
        var action = resource.Action ?? "";
        if (action.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return $"Call {ShortNumberOr(Target(action, 4), resource.Name)}";
        }

        if (action.StartsWith("sms:", StringComparison.OrdinalIgnoreCase))
        {
            return $"Text {ShortNumberOr(Target(action, 4), resource.Name)}";
        }

        return $"Open {resource.Name}";
    }

    private static string ShortNumberOr(string number, string name) =>
        number.Count(char.IsAsciiDigit) <= 6 ? number : name;

    private static string Target(string action, int schemeLength)
    {
        var target = action[schemeLength..];
        var end = target.IndexOfAny(['?', '&', ';']);
        return Uri.UnescapeDataString(end >= 0 ? target[..end] : target);
    }
}
