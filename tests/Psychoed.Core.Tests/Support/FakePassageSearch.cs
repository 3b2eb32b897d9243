using Psychoed.Core.Search;

namespace Psychoed.Core.Tests.Support;

/// <summary>
/// A hand-written <see cref="IPassageSearch"/>: a few passages, each with keywords; a query is answerable
/// when it shares a keyword with a passage. Counts calls so tests can prove the screen ran before search.
/// </summary>
public sealed class FakePassageSearch : IPassageSearch
{
    private readonly List<(Passage Passage, string[] Keywords)> _passages = [];

    public FakePassageSearch(bool ready = true)
    {
        IsReady = ready;
        Add("depression-signs", "Depression: signs, symptoms and causes", "What are the signs of depression?", ["depression"], "gp",
            "Depression often shows up as a low mood that does not lift.", "depression", "depressed", "low", "mood", "hopeless", "sad");
        Add("depression-signs", "Depression: signs, symptoms and causes", "When should I get help for depression?", ["depression"], "gp",
            "If signs of depression have lasted two weeks or more, talk to your doctor.", "help");
        Add("anxiety-basics", "Anxiety", "What is anxiety?", ["anxiety"], "therapist",
            "Anxiety is a feeling of worry or fear that can be mild or severe.", "anxiety", "anxious", "worry", "nervous", "exhausted", "tired", "stress");
        Add("ketamine-therapy", "Ketamine and esketamine", "What are the risks of ketamine?", ["ketamine"], "prescriber",
            "Ketamine can raise blood pressure and cause dissociation, so it is given under medical supervision.", "ketamine", "esketamine", "spravato", "risks", "safety");
        Add("psilocybin-research", "Psilocybin in research", "Is psilocybin legal?", ["psychedelics"], "prescriber",
            "Psilocybin therapy is being studied in clinical trials; its legal status varies by place.", "psilocybin", "mushrooms", "shrooms", "mdma", "legal", "psychedelics");
        Add("ptsd-overview", "PTSD", "What is PTSD?", ["ptsd", "trauma"], "trauma-therapist",
            "PTSD can follow a frightening event and brings flashbacks, nightmares and feeling on edge.", "ptsd", "flashbacks", "nightmares", "trauma");
        Add("suicide-warning-signs", "Suicide: warning signs and how to help", "How can I help someone?", ["suicide", "family-support"], "crisis",
            "Ask directly, listen, and help them connect with a crisis line.", "suicide", "suicidal", "warning", "signs", "safety", "plan");
        Add("medication-basics", "Antidepressants", "Stopping antidepressants", ["medication"], "prescriber",
            "Stopping an antidepressant suddenly can cause discontinuation symptoms; plan changes with a prescriber.", "antidepressants", "sertraline", "medication", "stopping", "withdrawal", "interactions");
        Add("loneliness", "Loneliness", "Why do I feel lonely?", ["relationships"], "therapist",
            "Loneliness is common and can be eased by small steps toward connection.", "lonely", "alone", "loneliness", "relationships");
    }

    public bool IsReady { get; set; }

    public int SearchCalls { get; private set; }

    /// <summary>When true, answerable results say their evidence is weak.</summary>
    public bool LowConfidence { get; set; }

    /// <summary>When true, every call throws, to prove the pipeline degrades gracefully.</summary>
    public bool Throw { get; set; }

    public SearchResult Search(string text)
    {
        SearchCalls++;
        if (Throw)
        {
            throw new InvalidOperationException("index broken");
        }

        var words = (text ?? "").ToLowerInvariant().Split([' ', ',', '.', '?', '!', '\''], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var hits = _passages
            .Select(p => (p.Passage, Score: p.Keywords.Count(words.Contains)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .Select(h => new PassageHit(h.Passage, h.Score, []))
            .ToList();
        if (hits.Count == 0)
        {
            return SearchResult.NotCovered(text ?? "", "no keyword");
        }

        var related = _passages.Select(p => p.Passage).Where(p => p.ArticleId != hits[0].Passage.ArticleId)
            .DistinctBy(p => p.ArticleId).Take(2).Select(p => new RelatedArticle(p.ArticleId, p.ArticleTitle, p.Topics)).ToList();
        return new SearchResult { Query = text ?? "", Answerable = true, Hits = hits, Highlight = hits[0].Passage.Text, Related = related, LowConfidence = LowConfidence };
    }

    public Passage? GetPassage(string passageId) => Throw ? throw new InvalidOperationException() : _passages.FirstOrDefault(p => p.Passage.Id == passageId).Passage;

    public Passage? NextPassage(string passageId)
    {
        var current = GetPassage(passageId);
        return current is null ? null : _passages.Select(p => p.Passage)
            .FirstOrDefault(p => p.ArticleId == current.ArticleId && p.Position == current.Position + 1);
    }

    /// <summary>Adds a passage a query reaches through any of its keywords.</summary>
    public void Add(string articleId, string title, string section, string[] topics, string referral, string text, params string[] keywords)
    {
        var position = _passages.Count(p => p.Passage.ArticleId == articleId);
        var passage = new Passage($"{articleId}#{position}", articleId, title, section, topics, position, referral, text, null);
        _passages.Add((passage, keywords.Length > 0 ? keywords : _passages.Last(p => p.Passage.ArticleId == articleId).Keywords));
    }
}
