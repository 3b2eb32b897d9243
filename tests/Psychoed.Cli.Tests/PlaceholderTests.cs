namespace Psychoed.Cli.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void The_cli_assembly_loads() => Assert.NotNull(typeof(Program).Assembly);
}
