namespace Psychoed.Core.Safety;

/// <summary>One exemplar of <c>corpus/safety/exemplars.yaml</c>: a short message typical of a risk class.</summary>
/// <param name="Id">Stable id recorded in decisions, e.g. <c>rb-02</c>.</param>
/// <param name="Class">The risk class, e.g. <c>risk_burden</c>.</param>
/// <param name="Text">The message.</param>
public sealed record Exemplar(string Id, string Class, string Text);
