namespace Psychoed.Core.Search;

/// <summary>Field names of the passage index.</summary>
internal static class PassageFields
{
    public const string Id = "id";
    public const string ArticleId = "articleId";
    public const string Title = "title";
    public const string Section = "section";
    public const string Body = "body";
    public const string Topics = "topics";
    public const string Summary = "summary";

    /// <summary>The article's title and every section heading, on each of its passages: what the whole article is about.</summary>
    public const string Context = "context";
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

    /// <summary>The searchable fields, in the order their matches are reported.</summary>
    public static readonly string[] Searchable = [Title, Section, Body, Topics, Summary, Context, TopicKeys];
}
