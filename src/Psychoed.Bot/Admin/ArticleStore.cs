using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;
using Psychoed.Core.Corpus;
using Psychoed.Core.Editing;

namespace Psychoed.Bot.Admin;

/// <summary>
/// The corpus folder as the admin API sees it: finds article files by id, validates new text with
/// the same parser and rules as the loader, and writes files atomically. One write at a time, so a
/// version check and the write that follows it cannot interleave with another admin's save.
/// </summary>
internal sealed class ArticleStore(IOptions<PsychoedOptions> options, IOptions<AdminOptions> adminOptions, TimeProvider clock)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public string CorpusRoot { get; } = Path.GetFullPath(options.Value.CorpusPath);

    private string ArticlesRoot => Path.Combine(CorpusRoot, CorpusLoader.ArticlesFolder);

    /// <summary>Runs <paramref name="action"/> while holding the corpus write lock.</summary>
    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await action();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Every article file, parsed; files that fail to parse are listed under their file name.</summary>
    public async Task<IReadOnlyList<StoredArticle>> ListAsync(CancellationToken cancellationToken)
    {
        var articles = new List<StoredArticle>();
        if (!Directory.Exists(ArticlesRoot))
        {
            return articles;
        }

        var files = Directory.EnumerateFiles(ArticlesRoot, "*.md", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true })
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(CorpusRoot, file).Replace('\\', '/');
            var (text, _) = await CorpusFileReader.ReadTextAsync(file, relative, cancellationToken);
            if (text is null)
            {
                articles.Add(new StoredArticle(Path.GetFileNameWithoutExtension(file), relative, file, "", "", null));
                continue;
            }

            var parsed = ArticleParser.Parse(relative, text);
            var id = parsed.Article?.Id ?? Path.GetFileNameWithoutExtension(file);
            articles.Add(new StoredArticle(id, relative, file, text, ArticleVersion.Of(text), parsed));
        }

        return articles;
    }

    /// <summary>The file holding <paramref name="id"/> (by front matter, else by file name), or null.</summary>
    public async Task<StoredArticle?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(a => a.Parsed?.Article?.Id == id) ?? all.FirstOrDefault(a => a.Parsed?.Article is null && a.Id == id);
    }

    /// <summary>Where a new article with this id goes.</summary>
    public string NewArticlePath(string id) => $"{CorpusLoader.ArticlesFolder}/{adminOptions.Value.NewArticlesFolder}/{id}.md";

    /// <summary>
    /// The errors the loader would report for <paramref name="text"/> at <paramref name="relativePath"/>:
    /// the article parser, then the corpus-wide rules (unique ids, known topics, links, dates).
    /// </summary>
    public async Task<IReadOnlyList<CorpusDiagnostic>> ValidateAsync(string relativePath, string text, CancellationToken cancellationToken)
    {
        var parsed = ArticleParser.Parse(relativePath, text);
        if (parsed.HasErrors || parsed.Article is null)
        {
            return parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }

        var others = (await ListAsync(cancellationToken)).Where(a => a.RelativePath != relativePath && a.Parsed is not null).Select(a => a.Parsed!);
        var topics = await LoadTopicsAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return ArticleRules.Check([.. others, parsed], topics, today)
            .Where(d => d.Path == relativePath && d.Severity == DiagnosticSeverity.Error)
            .ToList();
    }

    /// <summary>Replaces or creates the file atomically.</summary>
    public Task WriteAsync(string relativePath, string text, CancellationToken cancellationToken) =>
        AtomicFile.WriteAllTextAsync(FullPath(relativePath), text, overwrite: true, cancellationToken);

    /// <summary>The full path of a corpus-relative path, refusing anything outside the articles folder.</summary>
    public string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(CorpusRoot, relativePath));
        if (!full.StartsWith(ArticlesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !full.EndsWith(".md", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{relativePath}' is not an article path inside the corpus.");
        }

        return full;
    }

    private async Task<IReadOnlyList<Topic>> LoadTopicsAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(CorpusRoot, "topics.yaml");
        if (!File.Exists(file))
        {
            return [];
        }

        var (text, _) = await CorpusFileReader.ReadTextAsync(file, "topics.yaml", cancellationToken);
        return text is null ? [] : TopicsFile.Parse("topics.yaml", text, new List<CorpusDiagnostic>());
    }
}
