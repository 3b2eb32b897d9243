using System.CommandLine;
using Psychoed.Core.Corpus;
using Psychoed.Core.Import;

namespace Psychoed.Cli.Commands;

/// <summary>
/// <c>psychoed corpus import &lt;file.html | file.txt | URL&gt;</c>: turns a saved web page, pasted
/// text or a fetched page into a draft article for a person to review. Never publishes, never
/// replaces an existing file or id without <c>--force</c>, and lists what it removed.
/// </summary>
internal static class CorpusImportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "A saved web page (.html), pasted text (.txt) or an http(s) URL." };
        var output = new Option<string?>("--out") { Description = "Where to write the draft: a .md file or a folder. Default: <corpus>/articles/drafts/<id>.md." };
        var force = new Option<bool>("--force") { Description = "Replace an existing file, or the article that already has this id." };
        var corpus = CommonOptions.Corpus();
        var command = new Command("import", "Turn a web page or pasted text into a DRAFT article (status: draft) for review.")
        {
            input, output, force, corpus,
        };
        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var request = new ImportRequest(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(force), parse.GetValue(corpus)!.FullName);
            try
            {
                return await RunAsync(request, environment, stdout, stderr, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A person ran this by hand: one clear line, never a stack trace.
                await stderr.WriteLineAsync($"error: the import failed: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(ImportRequest request, CliEnvironment environment, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (page, error) = await ReadInputAsync(request.Input, environment, ct);
        if (page is null)
        {
            await stderr.WriteLineAsync($"error: {error}");
            return 1;
        }

        var topics = await LoadTopicsAsync(request.CorpusRoot, ct);
        var existing = await ExistingIdsAsync(request.CorpusRoot, ct);
        var probe = ArticleImporter.Import(page, topics, environment.Today);
        var (target, targetError) = ChooseTarget(request, probe.Draft.Id, existing);
        if (target is null)
        {
            await stderr.WriteLineAsync($"error: {targetError}");
            return 1;
        }

        var displayPath = DisplayPath(request.CorpusRoot, target);
        var result = ArticleImporter.Import(page, topics, environment.Today, displayPath);
        if (!result.Parses)
        {
            foreach (var d in result.Diagnostics)
            {
                await stderr.WriteLineAsync(d.ToString());
            }

            await stderr.WriteLineAsync("error: the draft does not parse; nothing was written");
            return 1;
        }

        var replaced = File.Exists(target) ? await DescribeExistingAsync(target, ct) : null;
        try
        {
            await AtomicFile.WriteAllTextAsync(target, result.Draft.Markdown, overwrite: request.Force, ct);
        }
        catch (IOException) when (!request.Force && File.Exists(target))
        {
            await stderr.WriteLineAsync($"error: {displayPath} appeared while importing; not replaced (use --force to replace it)");
            return 1;
        }

        Report(stdout, page, result, displayPath, replaced);
        return 0;
    }

    private static async Task<(ImportInput? Page, string? Error)> ReadInputAsync(string input, CliEnvironment environment, CancellationToken ct)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            using var client = new HttpClient(environment.CreateHttpHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            return await new PageFetcher(client).FetchAsync(url, ct);
        }

        return await ImportFileReader.ReadAsync(input, ct);
    }

    private static async Task<IReadOnlyList<Topic>> LoadTopicsAsync(string corpusRoot, CancellationToken ct)
    {
        var file = Path.Combine(corpusRoot, "topics.yaml");
        if (!File.Exists(file))
        {
            return [];
        }

        var (text, _) = await CorpusFileReader.ReadTextAsync(file, "topics.yaml", ct);
        return text is null ? [] : TopicsFile.Parse("topics.yaml", text, new List<CorpusDiagnostic>());
    }

    /// <summary>Every id in the corpus with its file, including files that have other errors.</summary>
    private static async Task<Dictionary<string, string>> ExistingIdsAsync(string corpusRoot, CancellationToken ct)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = Path.Combine(corpusRoot, CorpusLoader.ArticlesFolder);
        if (!Directory.Exists(folder))
        {
            return ids;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
        {
            var (text, _) = await CorpusFileReader.ReadTextAsync(file, file, ct);
            if (text is not null && ArticleParser.Parse(file, text).Article is { } article)
            {
                ids.TryAdd(article.Id, Path.GetFullPath(file));
            }
        }

        return ids;
    }

    private static (string? Target, string? Error) ChooseTarget(ImportRequest request, string id, Dictionary<string, string> existing)
    {
        string target;
        if (request.Out is { Length: > 0 } output)
        {
            var isFolder = Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar);
            target = Path.GetFullPath(isFolder ? Path.Combine(output, id + ".md") : output);
        }
        else
        {
            target = existing.TryGetValue(id, out var path) && request.Force
                ? path
                : Path.Combine(request.CorpusRoot, CorpusLoader.ArticlesFolder, "drafts", id + ".md");
        }

        var insideCorpus = target.StartsWith(Path.GetFullPath(request.CorpusRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (existing.TryGetValue(id, out var holder) && insideCorpus && holder != target)
        {
            return (null, $"an article with id '{id}' already exists at {DisplayPath(request.CorpusRoot, holder)}; "
                + (request.Force ? "writing another file with the same id would break the corpus" : "use --force to replace it, or edit that article"));
        }

        if (File.Exists(target) && !request.Force)
        {
            return (null, $"{DisplayPath(request.CorpusRoot, target)} already exists; use --force to replace it");
        }

        return (target, null);
    }

    private static async Task<string> DescribeExistingAsync(string path, CancellationToken ct)
    {
        var (text, _) = await CorpusFileReader.ReadTextAsync(path, path, ct);
        var status = text is null ? null : ArticleParser.Parse(path, text).Article?.Status;
        return status is null or ArticleStatus.Draft ? "replaced the existing file" : $"replaced an article that was {ArticleParser.StatusName(status.Value)}: it is a draft now and no longer served";
    }

    private static void Report(TextWriter stdout, ImportInput page, ImportResult result, string path, string? replaced)
    {
        var draft = result.Draft;
        stdout.WriteLine($"Imported {page.Origin}");
        stdout.WriteLine($"Wrote {path} (status: draft; not served until a reviewer publishes it)");
        if (replaced is not null)
        {
            stdout.WriteLine($"Note: {replaced}");
        }

        stdout.WriteLine($"Id: {draft.Id}");
        stdout.WriteLine($"Title: {draft.Title}");
        stdout.WriteLine("Topics (guessed, check them): " + (draft.GuessedTopics.Count == 0 ? "none matched" : string.Join(", ", draft.GuessedTopics)));
        stdout.WriteLine("Source: " + (draft.SourceUrl?.AbsoluteUri ?? "none known (placeholder written)"));
        stdout.WriteLine($"Removed ({result.Removed.Count}):");
        foreach (var removed in result.Removed)
        {
            stdout.WriteLine($"  - {removed}");
        }

        foreach (var warning in draft.Warnings.Concat(result.Diagnostics.Select(d => d.ToString())))
        {
            stdout.WriteLine($"Warning: {warning}");
        }

        stdout.WriteLine("Next: review and rewrite the draft, fill reviewed_by, then run 'psychoed corpus validate'.");
    }

    private static string DisplayPath(string corpusRoot, string path)
    {
        var relative = Path.GetRelativePath(corpusRoot, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }

    private sealed record ImportRequest(string Input, string? Out, bool Force, string CorpusRoot);
}
