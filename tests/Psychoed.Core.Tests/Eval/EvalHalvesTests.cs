using Psychoed.Core.Eval;

namespace Psychoed.Core.Tests.Eval;

public sealed class EvalHalvesTests
{
    [Theory]
    [InlineData("in-001", EvalHalf.Odd)]
    [InlineData("in-002", EvalHalf.Even)]
    [InlineData("oos-049", EvalHalf.Odd)]
    [InlineData("oos-010", EvalHalf.Even)]
    public void A_case_falls_in_the_half_of_the_number_in_its_id(string id, EvalHalf half)
    {
        var item = new EvalCase(id, EvalGroup.InScope, "text", ["article"]);
        var other = half == EvalHalf.Odd ? EvalHalf.Even : EvalHalf.Odd;

        Assert.True(EvalHalves.Contains(half, item));
        Assert.False(EvalHalves.Contains(other, item));
        Assert.True(EvalHalves.Contains(EvalHalf.All, item));
    }

    [Fact]
    public void An_id_without_a_number_is_in_neither_half()
    {
        var item = new EvalCase("greeting", EvalGroup.InScope, "hi", ["about"]);

        Assert.False(EvalHalves.Contains(EvalHalf.Odd, item));
        Assert.False(EvalHalves.Contains(EvalHalf.Even, item));
    }
}
