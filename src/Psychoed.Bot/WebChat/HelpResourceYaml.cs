using System.Text.RegularExpressions;
using Psychoed.Core.Answers;
using YamlDotNet.RepresentationModel;

namespace Psychoed.Bot.WebChat;

/// <summary>
/// Reads the crisis contacts for "Need help now?" out of the corpus's <c>safety/resources.yaml</c>,
/// tolerantly: a region is a two-letter key (or a <c>region</c> field), a contact is a mapping with
/// <c>name</c> and <c>contact</c>; contacts tagged only for other categories (abuse, poisoning…) are
/// left to the bot's own crisis replies.
/// </summary>
public static partial class HelpResourceYaml
{
    private static readonly Dictionary<string, string> s_regionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "United States", ["GB"] = "United Kingdom", ["UK"] = "United Kingdom",
        ["CA"] = "Canada", ["AU"] = "Australia", ["IE"] = "Ireland",
    };

    private static readonly HashSet<string> s_helpNowCategories = new(StringComparer.OrdinalIgnoreCase)
    {
        "suicide", "general", "crisis", "emergency", "all", "any", "default",
    };

    /// <summary>Parses the file's text into regions; empty when nothing recognisable is in it.</summary>
    public static IReadOnlyList<HelpRegion> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var found = new Dictionary<string, List<HelpResource>>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in stream.Documents)
        {
            Visit(document.RootNode, region: null, found);
        }

        return [.. found.Where(p => p.Value.Count > 0).Select(p =>
        {
            var code = p.Key.Equals("UK", StringComparison.OrdinalIgnoreCase) ? "GB" : p.Key.ToUpperInvariant();
            return new HelpRegion(code, s_regionNames.GetValueOrDefault(code, code), p.Value.Take(6).ToList());
        })];
    }

    private static void Visit(YamlNode node, string? region, Dictionary<string, List<HelpResource>> found)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var declared = (Scalar(mapping, "region") ?? Scalar(mapping, "code"))?.ToUpperInvariant();
                if (declared is not null && RegionCode().IsMatch(declared))
                {
                    region = declared;
                }

                if (region is not null && TryResource(mapping) is { } resource && IsForHelpNow(mapping))
                {
                    var list = found.TryGetValue(region, out var existing) ? existing : found[region] = [];
                    if (!list.Any(r => r.Contact == resource.Contact))
                    {
                        list.Add(resource);
                    }
                }

                foreach (var (key, value) in mapping.Children)
                {
                    var keyText = (key as YamlScalarNode)?.Value;
                    Visit(value, keyText is not null && RegionCode().IsMatch(keyText) ? keyText : region, found);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Visit(child, region, found);
                }

                break;
        }
    }

    private static HelpResource? TryResource(YamlMappingNode mapping)
    {
        var name = Scalar(mapping, "name");
        var contact = Scalar(mapping, "contact");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(contact))
        {
            return null;
        }

        var action = Scalar(mapping, "action") ?? Scalar(mapping, "url") ?? Scalar(mapping, "link");
        if (action is not null && !SafeAction().IsMatch(action))
        {
            action = null;
        }

        return new HelpResource(name.Trim(), contact.Trim(), action, Scalar(mapping, "hours"));
    }

    private static bool IsForHelpNow(YamlMappingNode mapping)
    {
        if (!mapping.Children.TryGetValue(new YamlScalarNode("categories"), out var categories) || categories is not YamlSequenceNode list)
        {
            return true;
        }

        return list.Children.OfType<YamlScalarNode>().Any(c => c.Value is not null && s_helpNowCategories.Contains(c.Value.Replace('_', '-')));
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^(tel:|sms:|https://)", RegexOptions.IgnoreCase)]
    private static partial Regex SafeAction();
}
