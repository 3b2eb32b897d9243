using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Psychoed.Core.Tests.Support;

/// <summary>The repository's evaluation set (corpus/eval/questions.yaml), read-only, for safety tests.</summary>
public static class EvalCases
{
    private static readonly Lazy<IReadOnlyList<EvalCase>> _cases = new(Load);

    public static string CorpusRoot { get; } = FindCorpus();

    public static IReadOnlyList<EvalCase> Cases => _cases.Value;

    public static IEnumerable<EvalCase> Group(string group) => Cases.Where(c => c.Group == group);

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "eval", "questions.yaml")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("corpus/eval/questions.yaml not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<EvalCase> Load()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        var file = yaml.Deserialize<EvalFile>(File.ReadAllText(Path.Combine(CorpusRoot, "eval", "questions.yaml")));
        return file.Cases;
    }

    public sealed class EvalFile
    {
        public List<EvalCase> Cases { get; set; } = [];
    }

    public sealed class EvalCase
    {
        public string Id { get; set; } = "";
        public string Group { get; set; } = "";
        public string Text { get; set; } = "";
        public string? Category { get; set; }
        public string? Kind { get; set; }
        public List<string> Articles { get; set; } = [];

        public override string ToString() => $"{Id}: {Text}";
    }
}
