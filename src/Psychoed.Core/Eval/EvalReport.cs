using System.Text;

namespace Psychoed.Core.Eval;

/// <summary>The evaluation report: a list of sections that the retrieval, baseline and safety evaluations fill.</summary>
public sealed class EvalReport
{
    /// <summary>The sections, in print order.</summary>
    public List<EvalSection> Sections { get; } = [];

    /// <summary>True when every target in every section is met.</summary>
    public bool TargetsMet => Sections.All(s => s.TargetsMet);

    /// <summary>The first section with this title, or null.</summary>
    public EvalSection? Find(string title) => Sections.FirstOrDefault(s => s.Title == title);

    /// <summary>Plain-text rendering for the console.</summary>
    public string Render()
    {
        var text = new StringBuilder();
        foreach (var section in Sections)
        {
            text.AppendLine($"== {section.Title} ==");
            section.Metrics.ForEach(m => text.AppendLine(m.ToString()));
            foreach (var table in section.Tables)
            {
                text.AppendLine().AppendLine(table.Render());
            }

            if (section.Lines.Count > 0)
            {
                text.AppendLine();
                section.Lines.ForEach(l => text.AppendLine(l));
            }

            text.AppendLine();
        }

        var missed = Sections.SelectMany(s => s.Metrics.Where(m => !m.Met).Select(m => $"{s.Title}: {m.Name}")).ToList();
        text.AppendLine(missed.Count == 0 ? "Targets: all met" : $"Targets: {missed.Count} not met ({string.Join("; ", missed)})");
        return text.ToString();
    }
}
