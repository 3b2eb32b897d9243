using System.Globalization;
using Psychoed.Core.Answers;

namespace Psychoed.Core.Safety;

/// <summary>
/// Builds the <see cref="ResourceDirectory"/> from <c>resources.yaml</c> and checks it: every resource
/// has a name and contact and a tel:/sms:/https: action, every referral points to a resource, and
/// every region shows at least one resource for every crisis category, "general" and "support".
/// </summary>
internal static class ResourceValidator
{
    private static readonly string[] _needs =
        [.. Enum.GetValues<CrisisCategory>().Select(c => c.ToName()), CrisisCategoryNames.General, "support", "poison"];

    public static ResourceDirectory Build(SafetyYaml.ResourcesFile file, List<string> problems)
    {
        var regions = new List<RegionResources>();
        foreach (var (code, dto) in file.Regions)
        {
            var where = $"resources.yaml region {code}";
            var resources = new List<ResourceEntry>();
            foreach (var r in dto.Resources)
            {
                if (string.IsNullOrWhiteSpace(r.Id) || string.IsNullOrWhiteSpace(r.Name) || string.IsNullOrWhiteSpace(r.Contact))
                {
                    problems.Add($"{where}: resource '{r.Id}' needs id, name and contact");
                    continue;
                }

                if (r.Action is { } action && !(action.StartsWith("tel:", StringComparison.Ordinal) ||
                    action.StartsWith("sms:", StringComparison.Ordinal) || action.StartsWith("https://", StringComparison.Ordinal)))
                {
                    problems.Add($"{where}: resource '{r.Id}' action must start with tel:, sms: or https://");
                }

                DateOnly? verified = null;
                if (!string.IsNullOrWhiteSpace(r.Verified))
                {
                    if (DateOnly.TryParseExact(r.Verified.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        verified = date;
                    }
                    else
                    {
                        problems.Add($"{where}: resource '{r.Id}' verified '{r.Verified}' is not a valid date (use YYYY-MM-DD)");
                    }
                }

                if (r.Source is { } source && !Corpus.ArticleParser.IsAbsoluteHttpUrl(source))
                {
                    problems.Add($"{where}: resource '{r.Id}' source '{source}' is not an absolute http(s) URL");
                }

                resources.Add(new ResourceEntry
                {
                    Id = r.Id,
                    Name = r.Name.Trim(),
                    Contact = r.Contact.Trim(),
                    Action = r.Action,
                    Hours = r.Hours,
                    IsEmergency = r.Emergency,
                    Verified = verified,
                    Source = r.Source?.Trim(),
                    Note = r.Note,
                });
            }

            var show = dto.Show.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal);
            foreach (var (need, ids) in show)
            {
                foreach (var id in ids.Where(id => resources.All(r => r.Id != id)))
                {
                    problems.Add($"{where}: show '{need}' names unknown resource '{id}'");
                }
            }

            var region = new RegionResources { Code = code.ToUpperInvariant(), Name = dto.Name, Resources = resources, Referrals = dto.Referrals, Show = show };
            foreach (var need in _needs)
            {
                if (region.Serving(need).Count == 0)
                {
                    problems.Add($"{where}: no resource serves '{need}'");
                }
            }

            foreach (var (kind, id) in dto.Referrals)
            {
                if (resources.All(r => r.Id != id))
                {
                    problems.Add($"{where}: referral '{kind}' points to unknown resource '{id}'");
                }
            }

            foreach (var name in RegionPlaceholders.Unfillable(region))
            {
                problems.Add($"{where}: articles' {{{name}}} cannot be filled: no resource serves it");
            }

            if (!dto.Referrals.ContainsKey("default"))
            {
                problems.Add($"{where}: referrals need a 'default'");
            }

            regions.Add(region);
        }

        if (regions.All(r => !string.Equals(r.Code, file.DefaultRegion, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"resources.yaml: default_region '{file.DefaultRegion}' is not a region");
            regions.Add(new RegionResources { Code = file.DefaultRegion, Name = file.DefaultRegion, Resources = [] });
        }

        return new ResourceDirectory(file.DefaultRegion.ToUpperInvariant(), regions);
    }
}
