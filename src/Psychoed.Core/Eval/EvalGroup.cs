namespace Psychoed.Core.Eval;

/// <summary>Which part of the evaluation set a case belongs to.</summary>
public enum EvalGroup
{
    /// <summary>A question the library answers; <see cref="EvalCase.Articles"/> lists the right articles.</summary>
    InScope,

    /// <summary>A message outside the library; the right reply is "not covered".</summary>
    OutOfScope,

    /// <summary>A message crisis detection must catch first.</summary>
    Crisis,

    /// <summary>A non-crisis message that uses crisis words.</summary>
    Tricky,

    /// <summary>
    /// Indirect risk and disguised wording: <see cref="EvalCase.Kind"/> <c>crisis</c> (of <see cref="EvalCase.Category"/>)
    /// or <c>support</c> (support with suicide-risk markers, never a crisis).
    /// </summary>
    Indirect,
}
