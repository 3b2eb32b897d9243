namespace Psychoed.Core.Corpus;

/// <summary>
/// One checkable fact an article states (a regulatory status, a trial result, a phone number), with
/// where it was checked and when, so staff can re-check the facts that go out of date first.
/// </summary>
/// <param name="Text">The fact, in a short sentence.</param>
/// <param name="Source">The page it was checked against (absolute http(s) URL).</param>
/// <param name="Checked">When it was last checked; null only when the front matter gave a bad date.</param>
/// <param name="Volatile">True for facts that change by decision (approvals, scheduling, laws, phone numbers).</param>
/// <param name="Line">1-based line of the claim in the article file.</param>
public sealed record ArticleClaim(string Text, string Source, DateOnly? Checked, bool Volatile, int Line);
