namespace Psychoed.Core.Safety;

/// <summary>One region's help resources and which of them each referral kind points to.</summary>
public sealed record RegionResources
{
    /// <summary>Region code: US, GB, CA, AU, IE.</summary>
    public required string Code { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>The resources, in the order they are shown.</summary>
    public required IReadOnlyList<ResourceEntry> Resources { get; init; }

    /// <summary>Need (a crisis category name, <c>general</c>, <c>support</c>, <c>poison</c>) to resource ids, in the order shown.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Show { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Referral kind (<c>therapist</c>, <c>gp</c>, <c>prescriber</c>, <c>default</c>...) to resource id.</summary>
    public IReadOnlyDictionary<string, string> Referrals { get; init; } = new Dictionary<string, string>();

    /// <summary>The resources serving <paramref name="need"/> (a category name, <c>general</c>, <c>support</c>, <c>poison</c>), in order.</summary>
    public IReadOnlyList<ResourceEntry> Serving(string need) =>
        Show.TryGetValue(need, out var ids) ? ids.Select(id => Resources.FirstOrDefault(r => r.Id == id)).OfType<ResourceEntry>().ToList() : [];

    /// <summary>The resource for a referral kind, falling back to the region's <c>default</c> referral.</summary>
    public ResourceEntry? ReferralFor(string kind)
    {
        var id = Referrals.TryGetValue(kind, out var specific) ? specific : Referrals.GetValueOrDefault("default");
        return id is null ? null : Resources.FirstOrDefault(r => r.Id == id);
    }
}
