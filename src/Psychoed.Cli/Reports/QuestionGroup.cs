namespace Psychoed.Cli.Reports;

/// <summary>Similar questions counted together: the most frequent wording first, then other examples.</summary>
/// <param name="Count">How many times a question of the group was asked.</param>
/// <param name="Representative">The most frequent wording.</param>
/// <param name="Examples">Other wordings, most frequent first.</param>
/// <param name="Reasons">How many of them were out of scope, low confidence, and so on.</param>
internal sealed record QuestionGroup(int Count, string Representative, IReadOnlyList<string> Examples, IReadOnlyDictionary<string, int> Reasons);
