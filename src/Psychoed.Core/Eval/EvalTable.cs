namespace Psychoed.Core.Eval;

/// <summary>A plain-text table of a report section.</summary>
public sealed record EvalTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Renders with columns padded to their widest cell.</summary>
    public string Render()
    {
        var widths = Headers.Select((h, i) => Math.Max(h.Length, Rows.Select(r => i < r.Count ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToList();
        var lines = new List<string> { Title, Line(Headers, widths), string.Join("  ", widths.Select(w => new string('-', w))) };
        lines.AddRange(Rows.Select(r => Line(r, widths)));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Line(IReadOnlyList<string> cells, List<int> widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
}
