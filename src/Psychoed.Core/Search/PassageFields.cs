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
    public const string TopicIds = "topicIds";
    public const string Position = "position";
    public const string Referral = "referral";
    public const string Url = "url";
    public const string Text = "text";

    /// <summary>The searchable fields, in the order their matches are reported.</summary>
    public static readonly string[] Searchable = [Title, Section, Body, Topics, Summary];
}
