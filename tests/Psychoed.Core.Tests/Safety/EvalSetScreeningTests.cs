using Psychoed.Core.Safety;
using Psychoed.Core.Tests.Support;

namespace Psychoed.Core.Tests.Safety;

/// <summary>The screen against the shared evaluation set: every crisis case caught with its category, no tricky case taken for a crisis.</summary>
public sealed class EvalSetScreeningTests
{
    [Fact]
    public void Every_crisis_case_of_the_eval_set_is_a_crisis_of_its_category()
    {
        var misses = EvalCases.Group("crisis")
            .Select(c => (Case: c, Decision: Pipelines.Screen.Screen(c.Text)))
            .Where(x => x.Decision.Level != SafetyLevel.Crisis || x.Decision.Category.ToName() != x.Case.Category)
            .Select(x => $"{x.Case} -> {x.Decision.Level} {x.Decision.Category.ToName()} ({x.Decision.Rule}), expected {x.Case.Category}")
            .ToList();

        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public void Every_indirect_case_of_the_eval_set_is_the_expected_crisis_or_support_with_risk_markers()
    {
        var cases = EvalCases.Group("indirect").ToList();
        var misses = cases
            .Select(c => (Case: c, Decision: Pipelines.Screen.Screen(c.Text)))
            .Where(x => x.Case.Kind == "crisis"
                ? x.Decision.Level != SafetyLevel.Crisis || x.Decision.Category.ToName() != x.Case.Category
                : x.Decision.Level != SafetyLevel.Support || !x.Decision.HasRiskMarkers)
            .Select(x => $"{x.Case} -> {x.Decision.Level} {x.Decision.Category.ToName()} ({x.Decision.Rule}), expected {x.Case.Kind} {x.Case.Category}")
            .ToList();

        Assert.True(cases.Count >= 40, $"only {cases.Count} indirect cases");
        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Fact]
    public void No_tricky_case_of_the_eval_set_is_taken_for_a_crisis()
    {
        var false_alarms = EvalCases.Group("tricky")
            .Select(c => (Case: c, Decision: Pipelines.Screen.Screen(c.Text)))
            .Where(x => x.Decision.Level == SafetyLevel.Crisis)
            .Select(x => $"{x.Case} -> {x.Decision.Category.ToName()} ({x.Decision.Rule})")
            .ToList();

        Assert.True(false_alarms.Count == 0, string.Join("\n", false_alarms));
    }

    [Fact]
    public void No_in_scope_or_out_of_scope_case_is_taken_for_a_crisis()
    {
        var false_alarms = EvalCases.Cases.Where(c => c.Group is "in_scope" or "out_of_scope")
            .Select(c => (Case: c, Decision: Pipelines.Screen.Screen(c.Text)))
            .Where(x => x.Decision.Level == SafetyLevel.Crisis)
            .Select(x => $"{x.Case} -> {x.Decision.Category.ToName()} ({x.Decision.Rule})")
            .ToList();

        Assert.True(false_alarms.Count == 0, string.Join("\n", false_alarms));
    }
}
