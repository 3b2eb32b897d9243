namespace Psychoed.Core.Eval;

/// <summary>One figure of a report section, with an optional target.</summary>
/// <param name="Name">What is measured.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Target">The value to reach, or null when there is no target.</param>
/// <param name="HigherIsBetter">True when the value must be at least the target; false when at most.</param>
public sealed record EvalMetric(string Name, double Value, double? Target = null, bool HigherIsBetter = true)
{
    /// <summary>True when there is no target or the value reaches it.</summary>
    public bool Met => Target is not { } target || (HigherIsBetter ? Value >= target - 1e-9 : Value <= target + 1e-9);

    /// <inheritdoc />
    public override string ToString()
    {
        var target = Target is { } t ? $"   (target {(HigherIsBetter ? ">=" : "<=")} {t:0.00}: {(Met ? "met" : "NOT MET")})" : "";
        return $"{Name,-44} {Value,6:0.000}{target}";
    }
}
