using System.CommandLine;
using Psychoed.Cli.Commands;

namespace Psychoed.Cli;

/// <summary>The <c>psychoed</c> command tree; commands write to the invocation's output so tests can read it.</summary>
internal static class PsychoedCli
{
    /// <param name="input">Standard input for commands that read it (ask --jsonl, chat); Console.In when null.</param>
    /// <param name="environment">The clock and network for commands that use them (import, reports); the real ones when null.</param>
    public static RootCommand BuildRoot(TextReader? input = null, CliEnvironment? environment = null)
    {
        var root = new RootCommand("psychoed: tools for the staff and operators of the Psychoed chatbot.");
        Func<TextReader> stdin = () => input ?? Console.In;
        root.Subcommands.Add(CorpusCommand.Create(environment ?? CliEnvironment.Default));
        root.Subcommands.Add(AskCommand.Create(stdin));
        root.Subcommands.Add(ChatCommand.Create(stdin));
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TeamsCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, null, output, error, CliEnvironment.Default, cancellationToken);

    public static Task<int> RunAsync(string[] args, TextReader? input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, input, output, error, CliEnvironment.Default, cancellationToken);

    public static Task<int> RunAsync(string[] args, TextReader? input, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken = default) =>
        BuildRoot(input, environment).Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
}
