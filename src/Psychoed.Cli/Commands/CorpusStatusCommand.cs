using System.CommandLine;
using Psychoed.Core.Corpus;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed corpus status</c>: what the running bot serves and how its last reload went, read
/// from the status file the bot writes on every reload (<c>{data}/corpus-status.json</c>).
/// </summary>
internal static class CorpusStatusCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var command = new Command("status", "What the bot serves: corpus version, article counts, last reload and its errors. Exits 1 when the last reload failed.") { data };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var (status, error) = await CorpusStatusFile.ReadAsync(parse.GetValue(data)!.FullName, ct);
            if (status is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {error}");
                return 2;
            }

            Write(output, status);
            return status.LastResult == "failed" ? 1 : 0;
        });
        return command;
    }

    internal static void Write(TextWriter output, CorpusStatus status)
    {
        output.WriteLine($"Corpus: {status.CorpusPath}");
        output.WriteLine($"Serving version: {Short(status.ServingVersion)}" + (status.LastSuccessUtc is { } ok ? $" (loaded {ok:yyyy-MM-dd HH:mm:ss} UTC)" : ""));
        output.WriteLine("Articles: " + (status.ArticlesByStatus.Count == 0 ? "none" : string.Join(", ", status.ArticlesByStatus.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))) + $"; {status.Passages} passage(s) indexed");
        output.WriteLine($"Last reload: {(status.LastReloadUtc is { } at ? $"{at:yyyy-MM-dd HH:mm:ss} UTC" : "never")}, result: {status.LastResult}" + (status.LastAttemptVersion != status.ServingVersion && status.LastAttemptVersion.Length > 0 ? $" (attempted version {Short(status.LastAttemptVersion)})" : ""));
        output.WriteLine($"Reloads since start: {status.Reloads}; warnings: {status.Warnings}");
        if (status.Errors.Count > 0)
        {
            output.WriteLine($"Errors ({status.Errors.Count}); the previous version keeps serving until they are fixed:");
            foreach (var error in status.Errors)
            {
                output.WriteLine($"  {error}");
            }
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash.Length == 0 ? "none" : hash;
}
