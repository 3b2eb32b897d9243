using Psychoed.Core.Search;

namespace Psychoed.Bot.Tests.Support;

/// <summary>A search whose readiness a test sets; it covers nothing.</summary>
internal sealed class FakePassageSearch : IPassageSearch
{
    public bool IsReady { get; set; } = true;

    public SearchResult Search(string text) => SearchResult.NotCovered(text, "fake");

    public Passage? GetPassage(string passageId) => null;

    public Passage? NextPassage(string passageId) => null;
}
