namespace Psychoed.Core.Eval;

/// <summary>One case of the evaluation set.</summary>
/// <param name="Id">Stable case id, e.g. <c>in-001</c>.</param>
/// <param name="Group">Which group it belongs to.</param>
/// <param name="Text">The message as a person would type it.</param>
/// <param name="Articles">Acceptable article ids, best first (in-scope and tricky "answer" cases).</param>
/// <param name="Category">Crisis category name for crisis cases.</param>
/// <param name="Kind">Expected reply kind for tricky cases: answer, out_of_scope or smalltalk.</param>
/// <param name="Line">1-based line of the case in the file.</param>
public sealed record EvalCase(
    string Id,
    EvalGroup Group,
    string Text,
    IReadOnlyList<string> Articles,
    string? Category = null,
    string? Kind = null,
    int Line = 0);
