namespace Psychoed.Core.Answers;

/// <summary>
/// The reply texts from <c>corpus/safety/messages.yaml</c>, by dotted key (<c>crisis.suicide.lead</c>).
/// Texts may hold placeholders such as <c>{contact}</c>, filled by the composer.
/// </summary>
public sealed class MessageCatalog
{
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _lists;

    /// <summary>Creates the catalog from flattened texts and lists.</summary>
    public MessageCatalog(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        _texts = texts;
        _lists = lists;
    }

    /// <summary>Every text key, for validation.</summary>
    public IEnumerable<string> Keys => _texts.Keys.Concat(_lists.Keys);

    /// <summary>The text of the first key present, or empty.</summary>
    public string Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_texts.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }

        return "";
    }

    /// <summary>True when <paramref name="key"/> has a text or a list.</summary>
    public bool Has(string key) => _texts.ContainsKey(key) || _lists.ContainsKey(key);

    /// <summary>The list under <paramref name="key"/>, or empty.</summary>
    public IReadOnlyList<string> List(string key) => _lists.TryGetValue(key, out var list) ? list : [];

    /// <summary>One item of a list picked by a stable number (e.g. the turn), so replies vary without randomness.</summary>
    public string Pick(string key, int seed)
    {
        var list = List(key);
        return list.Count == 0 ? Get(key) : list[(int)((uint)seed % (uint)list.Count)].Trim();
    }
}
