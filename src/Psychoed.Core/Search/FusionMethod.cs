namespace Psychoed.Core.Search;

/// <summary>How the BM25 and dense rankings of a hybrid search are combined.</summary>
public enum FusionMethod
{
    /// <summary>A weighted sum of the dense similarity and the BM25 score scaled by the question's best BM25 score.</summary>
    Weighted,

    /// <summary>Reciprocal rank fusion: the sum of 1/(k + rank) over both rankings.</summary>
    ReciprocalRank,
}
