namespace Psychoed.Core.Search;

/// <summary>A dense score per article with the list of articles touched, cleared in proportion to what was touched.</summary>
internal sealed class ScoreLevel(int size)
{
    private readonly bool[] _seen = new bool[size];

    public float[] Scores { get; } = new float[size];

    public List<int> Touched { get; } = [];

    public void Add(int article, float score)
    {
        Mark(article);
        Scores[article] += score;
    }

    public void Max(int article, float score)
    {
        Mark(article);
        Scores[article] = Math.Max(Scores[article], score);
    }

    public void Clear()
    {
        foreach (var article in Touched)
        {
            Scores[article] = 0;
            _seen[article] = false;
        }

        Touched.Clear();
    }

    private void Mark(int article)
    {
        if (!_seen[article])
        {
            _seen[article] = true;
            Touched.Add(article);
        }
    }
}
