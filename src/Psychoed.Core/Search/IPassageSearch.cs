namespace Psychoed.Core.Search;

/// <summary>Passage retrieval over the current corpus index. Thread-safe; never throws on user text.</summary>
public interface IPassageSearch
{
    /// <summary>Finds the passages that answer <paramref name="text"/>, or says the corpus does not cover it.</summary>
    SearchResult Search(string text);

    /// <summary>
    /// As <see cref="Search(string)"/>, with the message's embedding when the caller already has it (the
    /// conversation engine encodes a message once for the safety screen and retrieval). Null: the search
    /// encodes the message itself when it searches semantically. A search without semantics ignores it.
    /// </summary>
    SearchResult Search(string text, float[]? queryVector) => Search(text);

    /// <summary>The passage with this id, or null when the index no longer has it.</summary>
    Passage? GetPassage(string passageId);

    /// <summary>The passage after this one in the same article ("tell me more"), or null at the end.</summary>
    Passage? NextPassage(string passageId);

    /// <summary>True once an index is loaded and serving.</summary>
    bool IsReady { get; }
}
