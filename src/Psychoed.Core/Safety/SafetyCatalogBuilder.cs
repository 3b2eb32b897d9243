using Psychoed.Core.Answers;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Psychoed.Core.Safety;

/// <summary>Parses and validates the safety YAML texts into a <see cref="SafetyCatalog"/>, collecting every problem.</summary>
internal static class SafetyCatalogBuilder
{
    private static readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static SafetyCatalog Build(IReadOnlyDictionary<string, string> texts, string source)
    {
        var problems = new List<string>();
        var rulesFile = Parse<SafetyYaml.RulesFile>(texts, "rules.yaml", problems);
        var policiesFile = Parse<SafetyYaml.PoliciesFile>(texts, "policies.yaml", problems);
        var resourcesFile = Parse<SafetyYaml.ResourcesFile>(texts, "resources.yaml", problems);
        var messagesFile = Parse<Dictionary<string, object>>(texts, "messages.yaml", problems);
        if (rulesFile is null || policiesFile is null || resourcesFile is null || messagesFile is null)
        {
            throw new SafetyDataException(problems);
        }

        var normalizer = new TextNormalizer(new NormalizationTable
        {
            Contractions = rulesFile.Normalization.Contractions,
            Words = rulesFile.Normalization.Words,
            Phrases = rulesFile.Normalization.Phrases,
            ClauseWords = rulesFile.Normalization.ClauseWords,
            Vocabulary = Vocabulary(texts["rules.yaml"]),
        });
        var patterns = new PatternCompiler(normalizer, problems).WithMacros(rulesFile.Macros);
        var policyPatterns = new PatternCompiler(normalizer, problems).WithMacros(policiesFile.Macros);
        var messages = MessageFlattener.Flatten(messagesFile);
        var resources = ResourceValidator.Build(resourcesFile, problems);

        var catalog = new SafetyCatalog
        {
            Source = source,
            Normalizer = normalizer,
            Cues = BuildCues(rulesFile.Cues, patterns),
            FalseFriends = patterns.CompileAll("rules.yaml false_friends", rulesFile.FalseFriends),
            Rules = BuildRules(rulesFile.Rules, patterns, problems),
            Policies = BuildPolicies(policiesFile.Policies, policyPatterns, messages, problems),
            TopicReferrals = policiesFile.TopicReferrals,
            Intents = BuildIntents(policiesFile.Intents, policyPatterns, problems),
            Resources = resources,
            Messages = messages,
        };

        MessageValidator.Check(catalog, problems);
        if (problems.Count > 0)
        {
            throw new SafetyDataException(problems);
        }

        return catalog;
    }

    // The words the rules are written in: spaced-out letters ("k i l l m y s e l f") are split back
    // into these words, so they only need to cover what the rules can match.
    private static HashSet<string> Vocabulary(string rulesText) =>
        new(System.Text.RegularExpressions.Regex.Matches(rulesText.ToLowerInvariant(), "[a-z]{2,}").Select(m => m.Value), StringComparer.Ordinal);

    private static T? Parse<T>(IReadOnlyDictionary<string, string> texts, string file, List<string> problems)
        where T : class
    {
        if (!texts.TryGetValue(file, out var text))
        {
            problems.Add($"{file}: missing");
            return null;
        }

        try
        {
            return _yaml.Deserialize<T>(text) ?? throw new YamlException("the file is empty");
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            problems.Add($"{file}:{ex.Start.Line}: {reason}");
            return null;
        }
    }

    private static ScreenCues BuildCues(SafetyYaml.CuesDto cues, PatternCompiler patterns) => new()
    {
        Negations = Words(cues.Negations),
        NegationBridge = Words(cues.NegationBridge),
        NegationWindow = Math.Clamp(cues.NegationWindow, 1, 12),
        FirstPerson = Words(cues.FirstPerson),
        ThirdPerson = Words(cues.ThirdPerson),
        Past = patterns.CompileAll("rules.yaml cues.past", cues.Past),
        Recent = patterns.CompileAll("rules.yaml cues.recent", cues.Recent),
        PresentRisk = patterns.CompileAll("rules.yaml cues.present_risk", cues.PresentRisk),
        Hyperbole = patterns.CompileAll("rules.yaml cues.hyperbole", cues.Hyperbole),
    };

    private static HashSet<string> Words(IEnumerable<string> words) =>
        new(words.Select(w => TextNormalizer.Squeeze(w.Trim().ToLowerInvariant())), StringComparer.Ordinal);

    private static List<SafetyRule> BuildRules(List<SafetyYaml.RuleDto> dtos, PatternCompiler patterns, List<string> problems)
    {
        var rules = new List<SafetyRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dto in dtos)
        {
            var where = $"rules.yaml rule '{dto.Id}'";
            if (string.IsNullOrWhiteSpace(dto.Id) || !ids.Add(dto.Id))
            {
                problems.Add($"{where}: missing or duplicate id");
            }

            SafetyLevel level;
            if (dto.Level == "crisis")
            {
                level = SafetyLevel.Crisis;
            }
            else if (dto.Level == "support")
            {
                level = SafetyLevel.Support;
            }
            else
            {
                problems.Add($"{where}: level must be crisis or support, not '{dto.Level}'");
                continue;
            }

            CrisisCategory? category = null;
            if (dto.Category is { } name && name != CrisisCategoryNames.General)
            {
                if (!CrisisCategoryNames.TryParse(name, out var parsed))
                {
                    problems.Add($"{where}: unknown category '{name}'");
                    continue;
                }

                category = parsed;
            }

            if (dto.Patterns.Count == 0)
            {
                problems.Add($"{where}: no patterns");
            }

            foreach (var marker in dto.Markers.Where(m => !RiskMarkers.All.Contains(m)))
            {
                problems.Add($"{where}: unknown marker '{marker}' (known: {string.Join(", ", RiskMarkers.All.Order())})");
            }

            rules.Add(new SafetyRule
            {
                Id = dto.Id,
                Level = level,
                Category = category,
                Patterns = patterns.CompileAll(where, dto.Patterns),
                Unless = patterns.CompileAll(where + " unless", dto.Unless),
                IgnoreNegation = dto.IgnoreNegation,
                IgnorePast = dto.IgnorePast,
                NegationInMatch = dto.NegationInMatch,
                Topic = dto.Topic,
                Markers = dto.Markers,
                Context = patterns.CompileAll(where + " context", dto.Context),
                Message = dto.Message,
            });
        }

        return rules;
    }

    private static List<PolicyRule> BuildPolicies(
        List<SafetyYaml.PolicyDto> dtos, PatternCompiler patterns, MessageCatalog messages, List<string> problems)
    {
        var policies = new List<PolicyRule>();
        foreach (var dto in dtos)
        {
            var where = $"policies.yaml policy '{dto.Id}'";
            var kind = dto.Kind switch
            {
                "refusal" => PolicyKind.Refusal,
                "diagnosis" => PolicyKind.Diagnosis,
                "out_of_scope" => PolicyKind.OutOfScope,
                _ => (PolicyKind?)null,
            };
            if (kind is null)
            {
                problems.Add($"{where}: kind must be refusal, diagnosis or out_of_scope, not '{dto.Kind}'");
                continue;
            }

            if (!messages.Has("policies." + dto.Message))
            {
                problems.Add($"{where}: message 'policies.{dto.Message}' is not in messages.yaml");
            }

            policies.Add(new PolicyRule
            {
                Id = dto.Id,
                Kind = kind.Value,
                Message = dto.Message,
                Referral = dto.Referral,
                SearchHint = dto.SearchHint,
                Urgent = dto.Urgent,
                Patterns = patterns.CompileAll(where, dto.Patterns),
                Unless = patterns.CompileAll(where + " unless", dto.Unless),
            });
        }

        return policies;
    }

    private static List<IntentRule> BuildIntents(List<SafetyYaml.IntentDto> dtos, PatternCompiler patterns, List<string> problems)
    {
        var intents = new List<IntentRule>();
        foreach (var dto in dtos)
        {
            var where = $"policies.yaml intent '{dto.Id}'";
            if (!Enum.TryParse<Intent>(dto.Intent.Replace("_", ""), ignoreCase: true, out var intent))
            {
                problems.Add($"{where}: unknown intent '{dto.Intent}'");
                continue;
            }

            var anchor = dto.Match switch
            {
                "whole" => PatternAnchor.Whole,
                "start" => PatternAnchor.Start,
                "anywhere" => PatternAnchor.Anywhere,
                _ => (PatternAnchor?)null,
            };
            if (anchor is null)
            {
                problems.Add($"{where}: match must be whole, start or anywhere, not '{dto.Match}'");
                continue;
            }

            intents.Add(new IntentRule
            {
                Id = dto.Id,
                Intent = intent,
                Patterns = patterns.CompileAll(where, dto.Patterns, anchor.Value),
                Fallback = dto.Fallback,
            });
        }

        return intents;
    }
}
