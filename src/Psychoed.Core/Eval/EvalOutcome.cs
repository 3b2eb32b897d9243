using Psychoed.Core.Search;

namespace Psychoed.Core.Eval;

/// <summary>What a search engine answered for one evaluation case.</summary>
/// <param name="Case">The case.</param>
/// <param name="Ranked">Distinct article ids in rank order.</param>
/// <param name="Answerable">Whether the engine said the corpus covers the question.</param>
/// <param name="Evidence">The evidence behind that decision (Psychoed engine only).</param>
/// <param name="TopScore">The best raw score, 0 when nothing matched.</param>
/// <param name="Reason">The engine's reason, for the misses list.</param>
internal sealed record EvalOutcome(
    EvalCase Case, IReadOnlyList<string> Ranked, bool Answerable, Evidence Evidence, float TopScore, string? Reason)
{
    /// <summary>1-based rank of the first acceptable article, or 0 when none was ranked.</summary>
    public int Rank
    {
        get
        {
            for (var i = 0; i < Ranked.Count; i++)
            {
                if (Case.Articles.Contains(Ranked[i]))
                {
                    return i + 1;
                }
            }

            return 0;
        }
    }
}
