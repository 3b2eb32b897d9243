using Psychoed.Core.Answers;

namespace Psychoed.Core.Safety;

/// <summary>Turns the nested maps of <c>messages.yaml</c> into dotted keys (<c>crisis.suicide.lead</c>).</summary>
internal static class MessageFlattener
{
    public static MessageCatalog Flatten(Dictionary<string, object> root)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        Walk("", root, texts, lists);
        return new MessageCatalog(texts, lists);
    }

    private static void Walk(string prefix, object? node, Dictionary<string, string> texts, Dictionary<string, IReadOnlyList<string>> lists)
    {
        switch (node)
        {
            case IDictionary<string, object> map:
                foreach (var (key, value) in map)
                {
                    Walk(Join(prefix, key), value, texts, lists);
                }

                break;
            case IDictionary<object, object> map:
                foreach (var (key, value) in map)
                {
                    Walk(Join(prefix, key?.ToString() ?? ""), value, texts, lists);
                }

                break;
            case IList<object> list:
                lists[prefix] = list.Select(item => item?.ToString()?.Trim() ?? "").Where(s => s.Length > 0).ToList();
                break;
            case null:
                break;
            default:
                texts[prefix] = node.ToString()?.Trim() ?? "";
                break;
        }
    }

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;
}
