namespace Psychoed.Core.Safety;

/// <summary>The snake_case names of crisis categories used in data files, JSON and the eval set.</summary>
public static class CrisisCategoryNames
{
    private static readonly Dictionary<CrisisCategory, string> _names = new()
    {
        [CrisisCategory.Suicide] = "suicide",
        [CrisisCategory.SelfHarm] = "self_harm",
        [CrisisCategory.HarmToOthers] = "harm_to_others",
        [CrisisCategory.Abuse] = "abuse",
        [CrisisCategory.SexualAssault] = "sexual_assault",
        [CrisisCategory.ChildAbuse] = "child_abuse",
        [CrisisCategory.MedicalEmergency] = "medical_emergency",
        [CrisisCategory.AcutePsychosis] = "acute_psychosis",
    };

    /// <summary>The name the data uses for a crisis with no specific category ("I need help now").</summary>
    public const string General = "general";

    /// <summary>The snake_case name, e.g. <c>self_harm</c>.</summary>
    public static string ToName(this CrisisCategory category) => _names[category];

    /// <summary>The snake_case name, or <see cref="General"/> for null.</summary>
    public static string ToName(this CrisisCategory? category) => category is { } c ? _names[c] : General;

    /// <summary>Parses a snake_case name (or the enum name); false when unknown.</summary>
    public static bool TryParse(string? name, out CrisisCategory category)
    {
        foreach (var (key, value) in _names)
        {
            if (string.Equals(value, name?.Trim(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(key.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = key;
                return true;
            }
        }

        category = default;
        return false;
    }
}
