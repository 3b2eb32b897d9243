using System.CommandLine;

namespace Psychoed.Cli.Commands;

/// <summary><c>psychoed corpus ...</c>: commands for the article library.</summary>
internal static class CorpusCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("corpus", "Validate, inspect and import the article library.");
        command.Subcommands.Add(CorpusValidateCommand.Create());
        command.Subcommands.Add(CorpusImportCommand.Create(environment));
        command.Subcommands.Add(CorpusStatsCommand.Create(environment));
        command.Subcommands.Add(CorpusStatusCommand.Create());
        command.Subcommands.Add(CorpusGapsCommand.Create(environment));
        command.Subcommands.Add(CorpusFeedbackCommand.Create(environment));
        return command;
    }
}
