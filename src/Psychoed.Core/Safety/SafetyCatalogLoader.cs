namespace Psychoed.Core.Safety;

/// <summary>
/// Loads <see cref="SafetyCatalog"/> from a <c>safety/</c> folder, or from the copy built into the
/// assembly. Channels use <see cref="LoadOrBuiltInAsync"/>: a broken or missing folder never leaves
/// the bot without a safety screen; the built-in copy stands in and the problems are reported.
/// </summary>
public static class SafetyCatalogLoader
{
    /// <summary>The files a safety folder holds.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["rules.yaml", "policies.yaml", "resources.yaml", "messages.yaml"];

    private const string ResourcePrefix = "Psychoed.Core.SafetyDefaults.";
    private static readonly Lazy<SafetyCatalog> _builtIn = new(LoadBuiltInCore, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The safety data built into the assembly (a copy of <c>corpus/safety/</c> at build time). Cached.</summary>
    public static SafetyCatalog BuiltIn => _builtIn.Value;

    /// <summary>The <c>safety</c> folder of a corpus root.</summary>
    public static string FolderOf(string corpusRoot) => Path.Combine(corpusRoot, "safety");

    /// <summary>Loads the four files from <paramref name="folder"/>; throws <see cref="SafetyDataException"/> listing every problem.</summary>
    public static async Task<SafetyCatalog> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in FileNames)
        {
            var path = Path.Combine(folder, name);
            try
            {
                texts[name] = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{path}: cannot read ({ex.Message})");
            }
        }

        if (problems.Count > 0)
        {
            throw new SafetyDataException(problems);
        }

        return SafetyCatalogBuilder.Build(texts, Path.GetFullPath(folder));
    }

    /// <summary>
    /// Loads <paramref name="folder"/>; when it is missing or invalid, returns the built-in copy with
    /// <see cref="SafetyCatalog.Diagnostics"/> saying why. Never throws on bad data.
    /// </summary>
    public static async Task<SafetyCatalog> LoadOrBuiltInAsync(string? folder, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(folder) || !Directory.Exists(folder))
        {
            return WithDiagnostics(BuiltIn, [$"{folder ?? "(none)"}: safety folder not found; using the built-in safety data"]);
        }

        try
        {
            return await LoadAsync(folder, cancellationToken);
        }
        catch (SafetyDataException ex)
        {
            return WithDiagnostics(BuiltIn, [.. ex.Problems, "using the built-in safety data instead"]);
        }
    }

    // A record copy: a new field on the catalog cannot be forgotten here.
    private static SafetyCatalog WithDiagnostics(SafetyCatalog catalog, IReadOnlyList<string> diagnostics) =>
        catalog with { Diagnostics = diagnostics };

    private static SafetyCatalog LoadBuiltInCore()
    {
        var assembly = typeof(SafetyCatalogLoader).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in FileNames)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new SafetyDataException([$"built-in {name}: missing from the assembly"]);
            using var reader = new StreamReader(stream);
            texts[name] = reader.ReadToEnd();
        }

        return SafetyCatalogBuilder.Build(texts, "embedded");
    }
}
