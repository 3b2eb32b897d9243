namespace Psychoed.Data;

/// <summary>
/// Where ratings and unanswered questions go for staff review. Implementations scrub personal data
/// from text and replace user and conversation ids by salted hashes before anything is stored.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Records a 👍 or 👎 on a passage, with an optional comment.</summary>
    Task RecordFeedbackAsync(FeedbackEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Records a question the articles could not answer.</summary>
    Task RecordGapAsync(GapEntry entry, CancellationToken cancellationToken = default);
}
