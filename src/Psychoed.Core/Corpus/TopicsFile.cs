using YamlDotNet.RepresentationModel;

namespace Psychoed.Core.Corpus;

/// <summary>Parses and checks <c>topics.yaml</c>, the controlled topic list.</summary>
public static class TopicsFile
{
    /// <summary>Topic ids every corpus must define, spelled exactly so.</summary>
    public static readonly IReadOnlyList<string> RequiredIds =
    [
        "anxiety", "panic", "depression", "trauma", "ptsd", "grief", "sleep", "stress", "self-esteem", "anger",
        "substance-use", "eating-disorders", "self-harm", "suicide", "abuse", "ketamine", "psychedelics",
        "neuroplasticity", "therapy", "medication", "coping-skills", "relationships", "family-support",
        "bipolar", "psychosis", "ocd",
    ];

    /// <summary>Parses the file's text; problems are added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Topic> Parse(string path, string text, ICollection<CorpusDiagnostic> diagnostics)
    {
        void Error(int line, string message) => diagnostics.Add(new(path, line, DiagnosticSeverity.Error, message));

        var (root, errorLine, error) = SafeYaml.Load(text);
        if (error is not null)
        {
            Error(errorLine, error);
            return [];
        }

        if (root is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("topics"), out var list) || list is not YamlSequenceNode seq)
        {
            Error(1, "topics.yaml must have a 'topics:' list");
            return [];
        }

        var topics = new List<Topic>();
        var seen = new HashSet<string>();
        foreach (var item in seq.Children)
        {
            var line = SafeYaml.LineOf(item);
            if (item is not YamlMappingNode m)
            {
                Error(line, "each topic must have id, label, description and aliases");
                continue;
            }

            string? Scalar(string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var n) ? (n as YamlScalarNode)?.Value?.Trim() : null;
            var id = Scalar("id");
            var label = Scalar("label");
            var description = Scalar("description");
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(label) || string.IsNullOrEmpty(description))
            {
                Error(line, "topic needs an id, a label and a description");
                continue;
            }

            if (!seen.Add(id))
            {
                Error(line, $"duplicate topic id '{id}'");
                continue;
            }

            var aliases = m.Children.TryGetValue(new YamlScalarNode("aliases"), out var a) && a is YamlSequenceNode aseq
                ? aseq.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? "").Trim()).Where(s => s.Length > 0).ToList()
                : [];
            topics.Add(new Topic(id, label, description, aliases));
        }

        foreach (var missing in RequiredIds.Where(r => !seen.Contains(r)))
        {
            Error(1, $"required topic '{missing}' is missing");
        }

        return topics;
    }
}
