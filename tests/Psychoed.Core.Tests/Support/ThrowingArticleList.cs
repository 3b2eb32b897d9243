using System.Collections;
using Psychoed.Core.Corpus;

namespace Psychoed.Core.Tests.Support;

/// <summary>An article list that fails part-way through enumeration, like a disk error during a build.</summary>
internal sealed class ThrowingArticleList(IReadOnlyList<Article> articles, int failAfter) : IReadOnlyList<Article>
{
    public int Count => articles.Count;

    public Article this[int index] => index < failAfter ? articles[index] : throw new IOException("simulated read failure");

    public IEnumerator<Article> GetEnumerator()
    {
        for (var i = 0; i < articles.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
