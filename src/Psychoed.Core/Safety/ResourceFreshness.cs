namespace Psychoed.Core.Safety;

/// <summary>
/// Help lines change numbers and hours: every resource carries the date someone last checked it
/// against the service's own page, and a check older than <see cref="MaxAgeMonths"/> months, or none
/// at all, is a warning for staff (the line is still shown; a stale check is not a wrong number).
/// </summary>
public static class ResourceFreshness
{
    /// <summary>How old a resource's <c>verified</c> date may be before it is reported.</summary>
    public const int MaxAgeMonths = 12;

    /// <summary>One resource needing a re-check.</summary>
    /// <param name="Region">Its region code.</param>
    /// <param name="Id">The resource id.</param>
    /// <param name="Line">1-based line of its <c>id:</c> in <c>resources.yaml</c>, 0 when unknown.</param>
    /// <param name="Message">What is wrong, as staff read it.</param>
    public sealed record Finding(string Region, string Id, int Line, string Message);

    /// <summary>The resources of <paramref name="directory"/> whose check is missing or stale on <paramref name="today"/>.</summary>
    /// <param name="directory">The loaded resources.</param>
    /// <param name="resourcesYaml">The text of <c>resources.yaml</c>, to locate each entry by line.</param>
    /// <param name="today">Today's date.</param>
    public static IReadOnlyList<Finding> Check(ResourceDirectory directory, string resourcesYaml, DateOnly today)
    {
        var lines = resourcesYaml.Split('\n');
        var findings = new List<Finding>();
        foreach (var code in directory.Codes.Order(StringComparer.Ordinal))
        {
            foreach (var entry in directory.Region(code).Resources)
            {
                var line = LineOf(lines, entry.Id);
                if (entry.Verified is not { } verified)
                {
                    findings.Add(new(code, entry.Id, line, $"resource '{entry.Id}' has no verified date: check it against {entry.Source ?? "the service's own page"} and add 'verified: YYYY-MM-DD'"));
                }
                else if (verified < today.AddMonths(-MaxAgeMonths))
                {
                    findings.Add(new(code, entry.Id, line, $"resource '{entry.Id}' was last verified {verified:yyyy-MM-dd}, more than {MaxAgeMonths} months ago: re-check it against {entry.Source ?? "the service's own page"}"));
                }

                if (string.IsNullOrWhiteSpace(entry.Source))
                {
                    findings.Add(new(code, entry.Id, line, $"resource '{entry.Id}' has no source: add the URL of the service's own page it was checked against"));
                }
            }
        }

        return findings;
    }

    private static int LineOf(string[] lines, string id)
    {
        var index = Array.FindIndex(lines, l => l.Trim() is var t && (t == $"- id: {id}" || t == $"id: {id}"));
        return index < 0 ? 0 : index + 1;
    }
}
