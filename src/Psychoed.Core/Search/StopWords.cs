namespace Psychoed.Core.Search;

/// <summary>
/// Words that carry no topic: Lucene's English list plus the pronouns, auxiliaries and filler of chat
/// messages. Stop words are removed after the synonym rules ran, so "can't sleep" or "feeling down"
/// still match their rules. "us" and "ill" are missing on purpose: they are also the stems of "use"
/// and "ill" (unwell).
/// </summary>
internal static class StopWords
{
    public static readonly IReadOnlyList<string> English =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to",
        "was", "will", "with",
        "i", "im", "ive", "id", "me", "my", "myself", "mine", "we", "our", "ours", "you", "youre",
        "your", "yours", "yourself", "he", "him", "his", "she", "her", "hers", "its", "them", "themselves",
        "what", "whats", "which", "who", "whom", "whose", "those", "am", "were", "been", "being", "have",
        "has", "had", "having", "do", "does", "did", "doing", "would", "could", "should", "shall", "may",
        "might", "must", "can", "from", "up", "down", "out", "off", "over", "under", "again", "further",
        "once", "here", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most",
        "other", "some", "so", "than", "too", "very", "just", "also", "about", "because", "while", "until",
        "through", "during", "before", "after", "above", "below", "between", "against", "only", "own",
        "same", "now", "ok", "okay", "hi", "hello", "hey", "please", "thanks", "thank", "yeah", "yes", "oh",
        "um", "uh", "like", "really", "actually", "basically", "anyone", "someone", "something", "anything",
        "everything", "lot", "lots", "thing", "things", "way", "even", "still", "much", "many", "get", "got",
        "getting", "go", "going", "know", "tell", "want", "wanna", "gonna", "kind", "sort", "pretty", "bit",
        "not", "no", "nor", "cant", "cannot", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
        "wont", "wouldnt", "couldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint", "theyre", "theres",
        "thats", "youve", "weve", "hes", "shes", "anymore", "lately", "honestly", "literally", "seriously",
        "totally", "always", "ever", "every", "maybe", "probably", "definitely", "kinda", "sorta", "stuff",
        "guess", "lol", "idk", "tbh", "btw", "anyway", "since", "though", "yet", "ago", "any", "whether",
    ];
}
