using System.Security.Cryptography;
using System.Text;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Loads a corpus folder into a <see cref="CorpusSnapshot"/>: every article parsed and checked, the
/// topic list, the synonyms and the safety files' syntax. A file with errors is reported and left
/// out, never served half-parsed.
/// </summary>
public static class CorpusLoader
{
    /// <summary>Article files live here, relative to the corpus root.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>Loads and checks the corpus at <paramref name="root"/>.</summary>
    public static async Task<CorpusSnapshot> LoadAsync(string root, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        root = Path.GetFullPath(root);
        var diagnostics = new List<CorpusDiagnostic>();
        if (!Directory.Exists(Path.Combine(root, ArticlesFolder)))
        {
            diagnostics.Add(new(Relative(root, Path.Combine(root, ArticlesFolder)), 1, DiagnosticSeverity.Error, $"corpus folder '{root}' has no '{ArticlesFolder}' folder"));
            return Empty(root, diagnostics);
        }

        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var topics = await LoadTopicsAsync(root, diagnostics, hash, cancellationToken);
        var synonyms = await LoadSynonymsAsync(root, diagnostics, hash, cancellationToken);

        var parsed = new List<ParsedArticle>();
        foreach (var file in EnumerateFiles(Path.Combine(root, ArticlesFolder), "*.md"))
        {
            var path = Relative(root, file);
            var (text, error) = await CorpusFileReader.ReadTextAsync(file, path, cancellationToken);
            AddToHash(hash, path, text ?? error!.Message);
            if (error is not null)
            {
                diagnostics.Add(error);
                continue;
            }

            var result = ArticleParser.Parse(path, text!);
            diagnostics.AddRange(result.Diagnostics);
            parsed.Add(result);
        }

        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        await CheckSafetyFilesAsync(root, diagnostics, today, cancellationToken);
        diagnostics.AddRange(ArticleRules.Check(parsed, topics, today));

        var badPaths = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Path).ToHashSet();
        var articles = parsed.Where(p => p.Article is not null && !badPaths.Contains(p.Path)).Select(p => p.Article!).ToList();

        return new CorpusSnapshot
        {
            Root = root,
            Articles = articles,
            Topics = topics,
            Synonyms = synonyms,
            Diagnostics = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList(),
            ContentHash = Convert.ToHexStringLower(hash.GetHashAndReset()),
        };
    }

    private static async Task<IReadOnlyList<Topic>> LoadTopicsAsync(string root, List<CorpusDiagnostic> diagnostics, IncrementalHash hash, CancellationToken ct)
    {
        var file = Path.Combine(root, "topics.yaml");
        if (!File.Exists(file))
        {
            diagnostics.Add(new("topics.yaml", 1, DiagnosticSeverity.Error, "topics.yaml is missing"));
            return [];
        }

        var (text, error) = await CorpusFileReader.ReadTextAsync(file, "topics.yaml", ct);
        AddToHash(hash, "topics.yaml", text ?? "");
        if (error is not null)
        {
            diagnostics.Add(error);
            return [];
        }

        return TopicsFile.Parse("topics.yaml", text!, diagnostics);
    }

    private static async Task<IReadOnlyList<SynonymGroup>> LoadSynonymsAsync(string root, List<CorpusDiagnostic> diagnostics, IncrementalHash hash, CancellationToken ct)
    {
        var file = Path.Combine(root, "synonyms.txt");
        if (!File.Exists(file))
        {
            return [];
        }

        var (text, error) = await CorpusFileReader.ReadTextAsync(file, "synonyms.txt", ct);
        AddToHash(hash, "synonyms.txt", text ?? "");
        if (error is not null)
        {
            diagnostics.Add(error);
            return [];
        }

        return SynonymsFile.Parse("synonyms.txt", text!, diagnostics);
    }

    /// <summary>
    /// The safety files have their own loader (Core/Safety); here we make sure each one is readable
    /// YAML without aliases, then that the safety loader accepts them (patterns, ids, resources, texts),
    /// so <c>corpus validate</c> catches a broken edit before a channel falls back to the built-in copy.
    /// </summary>
    private static async Task CheckSafetyFilesAsync(string root, List<CorpusDiagnostic> diagnostics, DateOnly today, CancellationToken ct)
    {
        var folder = Path.Combine(root, "safety");
        if (!Directory.Exists(folder))
        {
            return;
        }

        var before = diagnostics.Count;
        await CheckSafetySyntaxAsync(root, folder, diagnostics, ct);
        if (diagnostics.Count > before)
        {
            return;
        }

        try
        {
            var catalog = await Safety.SafetyCatalogLoader.LoadAsync(folder, ct);
            var resources = Path.Combine(folder, "resources.yaml");
            var text = await File.ReadAllTextAsync(resources, ct);
            diagnostics.AddRange(Safety.ResourceFreshness.Check(catalog.Resources, text, today)
                .Select(f => new CorpusDiagnostic(Relative(root, resources), f.Line, DiagnosticSeverity.Warning, f.Message)));
        }
        catch (Safety.SafetyDataException ex)
        {
            diagnostics.AddRange(ex.Problems.Select(problem => SafetyProblem(root, folder, problem)));
        }
    }

    /// <summary>Turns "rules.yaml:12: reason" or "rules.yaml rule 'x': reason" into a located diagnostic.</summary>
    private static CorpusDiagnostic SafetyProblem(string root, string folder, string problem)
    {
        var end = problem.IndexOfAny([':', ' ']);
        var file = end > 0 ? problem[..end] : "rules.yaml";
        var line = 0;
        if (end > 0 && problem[end] == ':')
        {
            var rest = problem[(end + 1)..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(rest[..colon], out var parsed))
            {
                line = parsed;
                problem = rest[(colon + 1)..].Trim();
            }
        }

        return new(Relative(root, Path.Combine(folder, file)), line, DiagnosticSeverity.Error, problem);
    }

    private static async Task CheckSafetySyntaxAsync(string root, string folder, List<CorpusDiagnostic> diagnostics, CancellationToken ct)
    {

        foreach (var file in EnumerateFiles(folder, "*.yaml"))
        {
            var path = Relative(root, file);
            var (text, error) = await CorpusFileReader.ReadTextAsync(file, path, ct);
            if (error is not null)
            {
                diagnostics.Add(error);
                continue;
            }

            var (_, line, yamlError) = SafeYaml.Load(text!);
            if (yamlError is not null)
            {
                diagnostics.Add(new(path, line, DiagnosticSeverity.Error, yamlError));
            }
        }
    }

    private static IEnumerable<string> EnumerateFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
            .Order(StringComparer.Ordinal);

    private static void AddToHash(IncrementalHash hash, string path, string content)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(path));
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes(content));
        hash.AppendData([0]);
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static CorpusSnapshot Empty(string root, List<CorpusDiagnostic> diagnostics) => new()
    {
        Root = root,
        Articles = [],
        Topics = [],
        Synonyms = [],
        Diagnostics = diagnostics,
        ContentHash = "",
    };
}
