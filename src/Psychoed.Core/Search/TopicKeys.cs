namespace Psychoed.Core.Search;

/// <summary>
/// The token a topic alias in a question turns into ("worried" to <c>topic:anxiety</c>), and that each
/// passage and article carries for its topics. Aliases say which topic a question is in; matching them
/// against the topic tokens only keeps "psychologist" (a therapy alias) from favouring every passage
/// that happens to say "therapy".
/// </summary>
internal static class TopicKeys
{
    private const string Prefix = "topic:";

    /// <summary>The token of a topic id.</summary>
    public static string For(string topicId) => Prefix + topicId;

    /// <summary>True for a topic token.</summary>
    public static bool IsKey(string term) => term.StartsWith(Prefix, StringComparison.Ordinal);
}
