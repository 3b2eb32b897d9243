namespace Psychoed.Data;

/// <summary>What the data layer needs from the deployment: retention periods and the hash salt.</summary>
public sealed class DataOptions
{
    /// <summary>How long ratings and unanswered questions are kept.</summary>
    public int FeedbackRetentionDays { get; set; } = 90;

    /// <summary>How long idle conversation state is kept.</summary>
    public int StateRetentionDays { get; set; } = 90;

    /// <summary>A configured secret mixed into id hashes; when empty, one is generated and kept in the database.</summary>
    public string? HashSalt { get; set; }
}
