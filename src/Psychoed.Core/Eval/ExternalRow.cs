namespace Psychoed.Core.Eval;

/// <summary>One labelled text of an external evaluation file.</summary>
/// <param name="Label">The label after mapping (e.g. <c>risk</c>).</param>
/// <param name="Text">The message.</param>
public sealed record ExternalRow(string Label, string Text);
