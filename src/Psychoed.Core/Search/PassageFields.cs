namespace Psychoed.Core.Search;

/// <summary>Field names of the passage index.</summary>
internal static class PassageFields
{
    public const string Id = "id";
    public const string ArticleId = "articleId";
    public const string Title = "title";
    public const string Section = "section";
    public const string Body = "body";

    /// <summary>What a document is: only whole-article documents have it, with <see cref="ArticleKind"/>.</summary>
    public const string Kind = "kind";

    /// <summary>The <see cref="Kind"/> of a whole-article document.</summary>
    public const string ArticleKind = "article";

    /// <summary>The whole text of an article, on one extra document per article (never on a passage).</summary>
    public const string Article = "article";

    /// <summary>The topic tokens (<see cref="Search.TopicKeys"/>) of a passage's article, the main topic repeated.</summary>
    public const string TopicKeys = "topicKeys";

    /// <summary>The topic tokens of an article, on its whole-article document.</summary>
    public const string ArticleTopicKeys = "articleTopicKeys";

    public const string TopicIds = "topicIds";
    public const string Position = "position";
    public const string Referral = "referral";
    public const string Url = "url";
    public const string Text = "text";
}
