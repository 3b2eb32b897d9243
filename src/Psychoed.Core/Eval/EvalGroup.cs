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
}
