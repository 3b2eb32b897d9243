using System.CommandLine;
using Psychoed.Cli.Commands;

namespace Psychoed.Cli;

/// <summary>The <c>psychoed</c> command tree; commands write to the invocation's output so tests can read it.</summary>
internal static class PsychoedCli
{
    public static RootCommand BuildRoot(CliEnvironment? environment = null)
    {
        var root = new RootCommand("psychoed: tools for the staff and operators of the Psychoed chatbot.");
        root.Subcommands.Add(CorpusCommand.Create(environment ?? CliEnvironment.Default));
        root.Subcommands.Add(EvalCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, output, error, CliEnvironment.Default, cancellationToken);

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken = default) =>
        BuildRoot(environment).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
}
