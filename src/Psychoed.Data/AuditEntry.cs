namespace Psychoed.Data;

/// <summary>One recorded change to an article: who, when, what, and the versions before and after.</summary>
/// <param name="Id">The entry's number.</param>
/// <param name="CreatedUtc">When the change was made.</param>
/// <param name="Actor">Who made it, as they named themselves.</param>
/// <param name="Action"><c>create</c>, <c>update</c>, <c>status</c> or <c>restore</c>.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Path">Its file, relative to the corpus.</param>
/// <param name="PreviousVersion">The version replaced; null for a new article.</param>
/// <param name="NewVersion">The version written.</param>
/// <param name="Detail">E.g. <c>in_review -&gt; published</c> or <c>restored 1a2b...</c>.</param>
public sealed record AuditEntry(long Id, DateTimeOffset CreatedUtc, string Actor, string Action, string ArticleId, string Path, string? PreviousVersion, string NewVersion, string Detail);
