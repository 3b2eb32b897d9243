using Psychoed.Core.Corpus;
using YamlDotNet.RepresentationModel;

namespace Psychoed.Core.Eval;

/// <summary>The evaluation set (<c>corpus/eval/questions.yaml</c>): retrieval and safety cases.</summary>
public sealed record EvalSet(string Path, IReadOnlyList<EvalCase> Cases)
{
    private static readonly Dictionary<string, EvalGroup> Groups = new(StringComparer.Ordinal)
    {
        ["in_scope"] = EvalGroup.InScope,
        ["out_of_scope"] = EvalGroup.OutOfScope,
        ["crisis"] = EvalGroup.Crisis,
        ["tricky"] = EvalGroup.Tricky,
        ["indirect"] = EvalGroup.Indirect,
    };

    /// <summary>The cases of one group.</summary>
    public IEnumerable<EvalCase> InGroup(EvalGroup group) => Cases.Where(c => c.Group == group);

    /// <summary>Reads and checks an evaluation file.</summary>
    /// <exception cref="InvalidDataException">The file is missing or malformed; the message says where.</exception>
    public static async Task<EvalSet> LoadAsync(string path, CancellationToken ct = default)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: evaluation file not found");
        }

        var text = await File.ReadAllTextAsync(path, ct);
        var (root, line, error) = SafeYaml.Load(text);
        if (error is not null)
        {
            throw new InvalidDataException($"{path}:{line}: {error}");
        }

        if (root is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("cases"), out var casesNode)
            || casesNode is not YamlSequenceNode sequence)
        {
            throw new InvalidDataException($"{path}:1: expected a top-level 'cases:' list");
        }

        var cases = new List<EvalCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in sequence.Children)
        {
            var item = Parse(path, node);
            if (!ids.Add(item.Id))
            {
                throw new InvalidDataException($"{path}:{item.Line}: duplicate case id '{item.Id}'");
            }

            cases.Add(item);
        }

        return new EvalSet(path, cases);
    }

    private static EvalCase Parse(string path, YamlNode node)
    {
        var line = SafeYaml.LineOf(node);
        if (node is not YamlMappingNode map)
        {
            throw new InvalidDataException($"{path}:{line}: each case must be a mapping");
        }

        string? Scalar(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

        var id = Scalar("id") ?? throw new InvalidDataException($"{path}:{line}: case without 'id'");
        var groupName = Scalar("group") ?? "";
        if (!Groups.TryGetValue(groupName, out var group))
        {
            throw new InvalidDataException($"{path}:{line}: case '{id}' has unknown group '{groupName}'");
        }

        var text = Scalar("text") ?? throw new InvalidDataException($"{path}:{line}: case '{id}' has no 'text'");
        IReadOnlyList<string> articles = map.Children.TryGetValue(new YamlScalarNode("articles"), out var list) && list is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
            : [];
        if (group == EvalGroup.InScope && articles.Count == 0)
        {
            throw new InvalidDataException($"{path}:{line}: in-scope case '{id}' lists no articles");
        }

        if (group == EvalGroup.Indirect && Scalar("kind") is not ("crisis" or "support"))
        {
            throw new InvalidDataException($"{path}:{line}: indirect case '{id}' needs kind crisis or support");
        }

        return new EvalCase(id, group, text, articles, Scalar("category"), Scalar("kind"), line);
    }
}
