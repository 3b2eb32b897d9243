namespace Psychoed.Core.Eval;

/// <summary>
/// A half of the evaluation set by case number, for tuning on one half and checking generalisation on
/// the other: odd-numbered cases (<c>in-001</c>, <c>oos-003</c>) tune, even-numbered ones are held out.
/// </summary>
public enum EvalHalf
{
    /// <summary>Every case.</summary>
    All,

    /// <summary>Odd-numbered cases: the tuning half.</summary>
    Odd,

    /// <summary>Even-numbered cases: the held-out half.</summary>
    Even,
}
