namespace Psychoed.Core.Safety;

/// <summary>The shapes of the YAML files in <c>corpus/safety/</c>, as YamlDotNet reads them (snake_case keys).</summary>
internal static class SafetyYaml
{
    public sealed class RulesFile
    {
        public Dictionary<string, string> Macros { get; set; } = [];
        public NormalizationDto Normalization { get; set; } = new();
        public CuesDto Cues { get; set; } = new();
        public List<string> FalseFriends { get; set; } = [];
        public List<RuleDto> Rules { get; set; } = [];
    }

    public sealed class NormalizationDto
    {
        public Dictionary<string, string> Contractions { get; set; } = [];
        public Dictionary<string, string> Words { get; set; } = [];
        public Dictionary<string, string> Phrases { get; set; } = [];
        public List<string> ClauseWords { get; set; } = [];
    }

    public sealed class CuesDto
    {
        public List<string> Negations { get; set; } = [];
        public List<string> NegationBridge { get; set; } = [];
        public int NegationWindow { get; set; } = 5;
        public List<string> FirstPerson { get; set; } = [];
        public List<string> ThirdPerson { get; set; } = [];
        public List<string> Past { get; set; } = [];
        public List<string> Recent { get; set; } = [];
        public List<string> PresentRisk { get; set; } = [];
    }

    public sealed class RuleDto
    {
        public string Id { get; set; } = "";
        public string? Category { get; set; }
        public string Level { get; set; } = "crisis";
        public bool IgnoreNegation { get; set; }
        public bool IgnorePast { get; set; }
        public bool NegationInMatch { get; set; }
        public string? Topic { get; set; }
        public string? Note { get; set; }
        public List<string> Patterns { get; set; } = [];
        public List<string> Unless { get; set; } = [];
    }

    public sealed class PoliciesFile
    {
        public Dictionary<string, string> Macros { get; set; } = [];
        public Dictionary<string, string> TopicReferrals { get; set; } = [];
        public List<PolicyDto> Policies { get; set; } = [];
        public List<IntentDto> Intents { get; set; } = [];
    }

    public sealed class PolicyDto
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "refusal";
        public string Message { get; set; } = "";
        public string? Referral { get; set; }
        public string? SearchHint { get; set; }
        public string? Urgent { get; set; }
        public string? Note { get; set; }
        public List<string> Patterns { get; set; } = [];
        public List<string> Unless { get; set; } = [];
    }

    public sealed class IntentDto
    {
        public string Id { get; set; } = "";
        public string Intent { get; set; } = "";
        public string Match { get; set; } = "whole";
        public bool Fallback { get; set; }
        public List<string> Patterns { get; set; } = [];
    }

    public sealed class ResourcesFile
    {
        public string DefaultRegion { get; set; } = "US";
        public Dictionary<string, RegionDto> Regions { get; set; } = [];
    }

    public sealed class RegionDto
    {
        public string Name { get; set; } = "";
        public Dictionary<string, string> Referrals { get; set; } = [];
        public Dictionary<string, List<string>> Show { get; set; } = [];
        public List<ResourceDto> Resources { get; set; } = [];
    }

    public sealed class ResourceDto
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Contact { get; set; } = "";
        public string? Action { get; set; }
        public string? Hours { get; set; }
        public bool Emergency { get; set; }
        public string? Note { get; set; }
        public string? Verified { get; set; }
        public string? Source { get; set; }
    }
}
