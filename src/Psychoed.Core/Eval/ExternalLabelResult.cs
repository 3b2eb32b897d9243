namespace Psychoed.Core.Eval;

/// <summary>What the pipeline replied to the texts of one label of an external evaluation file.</summary>
public sealed record ExternalLabelResult
{
    /// <summary>The label.</summary>
    public required string Label { get; init; }

    /// <summary>How many texts carry it.</summary>
    public int Count { get; init; }

    /// <summary>Crisis replies.</summary>
    public int Crisis { get; init; }

    /// <summary>Replies at support or crisis level.</summary>
    public int SupportOrCrisis { get; init; }

    /// <summary>Out-of-scope replies.</summary>
    public int OutOfScope { get; init; }

    /// <summary>Replies naming a domestic-violence, child-abuse or sexual-assault line of the region.</summary>
    public int AbuseLine { get; init; }

    /// <summary>Replies per reply kind name.</summary>
    public IReadOnlyDictionary<string, int> Kinds { get; init; } = new Dictionary<string, int>();

    /// <summary>Replies per deciding rule id (the safety rule, else the policy; <c>-</c> for none).</summary>
    public IReadOnlyDictionary<string, int> Rules { get; init; } = new Dictionary<string, int>();

    /// <summary>Replies per level and safety category (<c>crisis:suicide</c>, <c>support:abuse</c>).</summary>
    public IReadOnlyDictionary<string, int> Categories { get; init; } = new Dictionary<string, int>();

    /// <summary>Replies whose first citation is on a mapped topic; null when the label has no topic mapping.</summary>
    public int? OnTopic { get; init; }
}
