using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Psychoed.Core.Safety;

/// <summary>
/// The exemplar bank of the semantic safety layer (<c>corpus/safety/exemplars.yaml</c>): short messages in
/// our own words per risk class, which <see cref="ExemplarScreen"/> compares a message's embedding with.
/// </summary>
public sealed class ExemplarBank
{
    /// <summary>The file name in a safety folder.</summary>
    public const string FileName = "exemplars.yaml";

    /// <summary>The classes the bank must have, each with at least <see cref="MinPerClass"/> exemplars.</summary>
    public static IReadOnlyList<string> RequiredClasses { get; } =
        ["crisis_suicide", "crisis_means", "risk_passive", "risk_burden", "risk_hopeless", "abuse_current", "distress_general", "hyperbole"];

    /// <summary>The fewest exemplars a class may have.</summary>
    public const int MinPerClass = 5;

    private static readonly IDeserializer _yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private ExemplarBank(IReadOnlyList<Exemplar> exemplars) => Exemplars = exemplars;

    /// <summary>Every exemplar, grouped by class in file order.</summary>
    public IReadOnlyList<Exemplar> Exemplars { get; }

    /// <summary>The class names, in file order.</summary>
    public IReadOnlyList<string> Classes => Exemplars.Select(e => e.Class).Distinct().ToList();

    /// <summary>Reads <c>exemplars.yaml</c> from a safety folder; throws <see cref="SafetyDataException"/> listing every problem.</summary>
    public static async Task<ExemplarBank> LoadAsync(string folder, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, FileName);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SafetyDataException([$"{path}: cannot read ({ex.Message})"]);
        }

        return Parse(text);
    }

    /// <summary>The bank built into the assembly (a copy of <c>corpus/safety/exemplars.yaml</c> at build time).</summary>
    public static ExemplarBank BuiltIn()
    {
        using var stream = typeof(ExemplarBank).Assembly.GetManifestResourceStream("Psychoed.Core.SafetyDefaults." + FileName)
            ?? throw new SafetyDataException([$"built-in {FileName}: missing from the assembly"]);
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses and checks the YAML text: unique ids, no empty texts, every required class with enough exemplars.</summary>
    public static ExemplarBank Parse(string yaml)
    {
        FileDto file;
        try
        {
            file = _yaml.Deserialize<FileDto>(yaml) ?? new FileDto();
        }
        catch (YamlException ex)
        {
            throw new SafetyDataException([$"{FileName}:{ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}"]);
        }

        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var exemplars = new List<Exemplar>();
        foreach (var (name, items) in file.Classes)
        {
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item.Id) || !ids.Add(item.Id))
                {
                    problems.Add($"{FileName} class '{name}': missing or duplicate id '{item.Id}'");
                }

                if (string.IsNullOrWhiteSpace(item.Text))
                {
                    problems.Add($"{FileName} exemplar '{item.Id}': empty text");
                    continue;
                }

                exemplars.Add(new Exemplar(item.Id, name, item.Text.Trim()));
            }
        }

        foreach (var name in RequiredClasses)
        {
            var count = exemplars.Count(e => e.Class == name);
            if (count < MinPerClass)
            {
                problems.Add($"{FileName}: class '{name}' has {count} exemplars; at least {MinPerClass} are needed");
            }
        }

        return problems.Count > 0 ? throw new SafetyDataException(problems) : new ExemplarBank(exemplars);
    }

    private sealed class FileDto
    {
        public Dictionary<string, List<ItemDto>> Classes { get; set; } = [];
    }

    private sealed class ItemDto
    {
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
    }
}
