namespace Psychoed.Core.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void The_core_assembly_loads() => Assert.NotNull(typeof(Psychoed.Core.CoreAssembly).Assembly);
}
