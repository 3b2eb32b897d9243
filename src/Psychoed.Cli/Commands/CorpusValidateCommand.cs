using System.CommandLine;
using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Commands;

/// <summary><c>psychoed corpus validate</c>: checks every corpus file and prints a summary.</summary>
internal static class CorpusValidateCommand
{
    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var command = new Command("validate", "Check every article, the topic list, the synonyms and the safety files. Exits 1 when there are errors.")
        {
            corpus,
        };
        command.SetAction(async (parse, ct) =>
        {
            var snapshot = await CorpusLoader.LoadAsync(parse.GetValue(corpus)!.FullName, ct);
            CorpusReport.Write(parse.InvocationConfiguration.Output, snapshot);
            return snapshot.HasErrors ? 1 : 0;
        });
        return command;
    }
}
