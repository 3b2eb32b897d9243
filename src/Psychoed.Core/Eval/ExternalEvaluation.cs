using System.Globalization;
using System.Text;
using Psychoed.Core.Answers;
using Psychoed.Core.Safety;

namespace Psychoed.Core.Eval;

/// <summary>
/// Measures the answer pipeline on someone else's labelled texts (<c>psychoed eval --external</c>): per
/// label, how many replies were a crisis, support or crisis, out of scope, named an abuse line, each reply
/// kind, and for labels mapped to topics the share whose first citation is on one of them.
/// </summary>
public static class ExternalEvaluation
{
    /// <summary>The resource needs whose lines count as "an abuse line" (domestic violence, child abuse, sexual assault).</summary>
    public static IReadOnlyList<string> AbuseNeeds { get; } = ["abuse", "child_abuse", "sexual_assault"];

    /// <summary>Answers every row (in parallel, each its own conversation) and tallies the replies per label.</summary>
    public static IReadOnlyList<ExternalLabelResult> Run(
        IReadOnlyList<ExternalRow> rows,
        Func<string, Reply> answer,
        RegionResources region,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? topicMap = null,
        Func<string, SafetyDecision>? screen = null,
        Action<ExternalRow, Reply, SafetyDecision?>? each = null)
    {
        var replies = new Reply[rows.Count];
        var decisions = new SafetyDecision?[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            replies[i] = answer(rows[i].Text);
            decisions[i] = screen?.Invoke(rows[i].Text);
        });
        for (var i = 0; each is not null && i < rows.Count; i++)
        {
            each(rows[i], replies[i], decisions[i]);
        }

        // Lines that serve abuse but not every crisis (the text line and emergency numbers serve all).
        var everyone = new[] { CrisisCategoryNames.General, "support", "suicide" }.SelectMany(region.Serving).Select(e => e.Contact).ToHashSet(StringComparer.Ordinal);
        var abuseContacts = AbuseNeeds.SelectMany(region.Serving).Where(e => !e.IsEmergency && !everyone.Contains(e.Contact))
            .Select(e => e.ToHelpResource().Contact).ToHashSet(StringComparer.Ordinal);
        return rows.Select((row, i) => (row.Label, Reply: replies[i], Decision: decisions[i]))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.Select(x => x.Reply).ToList();
                var decided = g.Select(x => x.Decision).OfType<SafetyDecision>().ToList();
                var topics = topicMap is not null && topicMap.TryGetValue(g.Key, out var t) ? t : null;
                return new ExternalLabelResult
                {
                    Label = g.Key,
                    Count = list.Count,
                    Crisis = list.Count(r => r.Kind == ReplyKind.Crisis),
                    SupportOrCrisis = list.Count(r => r.Safety != SafetyLevel.None),
                    OutOfScope = list.Count(r => r.Kind == ReplyKind.OutOfScope),
                    AbuseLine = list.Count(r => r.Resources.Any(x => abuseContacts.Contains(x.Contact))),
                    Kinds = list.GroupBy(r => r.Kind.ToName()).ToDictionary(k => k.Key, k => k.Count(), StringComparer.Ordinal),
                    Rules = decided.GroupBy(d => $"{d.Rule ?? "-"}{(d.HasRiskMarkers ? "+markers" : "")}").ToDictionary(k => k.Key, k => k.Count(), StringComparer.Ordinal),
                    Categories = list.Where(r => r.Category is not null || r.Kind == ReplyKind.Crisis)
                        .GroupBy(r => $"{(r.Kind == ReplyKind.Crisis ? "crisis" : "support")}:{r.Category.ToName()}")
                        .ToDictionary(k => k.Key, k => k.Count(), StringComparer.Ordinal),
                    OnTopic = topics is null ? null
                        : list.Count(r => r.Citations.Count > 0 && r.Citations[0].Topics.Any(x => topics.Contains(x, StringComparer.OrdinalIgnoreCase))),
                };
            })
            .ToList();
    }

    /// <summary>The results as a plain-text table, one label per line; with <paramref name="rules"/>, the rules that decided too.</summary>
    public static string Render(IReadOnlyList<ExternalLabelResult> results, bool rules = false)
    {
        var builder = new StringBuilder();
        builder.AppendLine("label | n | crisis | support or crisis | out of scope | abuse line | on topic | reply kinds | safety categories");
        foreach (var r in results)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{r.Label} | {r.Count} | {Share(r.Crisis, r.Count)} | {Share(r.SupportOrCrisis, r.Count)} | ")
                .Append(CultureInfo.InvariantCulture, $"{Share(r.OutOfScope, r.Count)} | {Share(r.AbuseLine, r.Count)} | ")
                .Append(r.OnTopic is { } on ? Share(on, r.Count) : "-")
                .Append(" | ").Append(string.Join(", ", r.Kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")))
                .Append(" | ").AppendLine(string.Join(", ", r.Categories.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")));
        }

        foreach (var r in rules ? results : [])
        {
            builder.Append("rules for ").Append(r.Label).Append(": ")
                .AppendLine(string.Join(", ", r.Rules.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")));
        }

        return builder.ToString();
    }

    private static string Share(int part, int whole) =>
        (whole == 0 ? 0.0 : (double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);
}
