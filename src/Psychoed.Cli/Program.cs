using System.CommandLine;
using Psychoed.Cli.Commands;

var root = new RootCommand("psychoed: tools for the staff and operators of the Psychoed chatbot.");
root.Subcommands.Add(CorpusCommand.Create());

return await root.Parse(args).InvokeAsync();
