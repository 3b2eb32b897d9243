using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Psychoed.Core.Search;

/// <summary>
/// Looks terms up in the index once per question: one terms enumerator per field and segment, reused
/// for every term, and the term states kept, so building the query, creating its scorers and finding
/// which terms a hit matched never seek the same term twice. Not thread-safe: one per question.
/// </summary>
internal sealed class TermLookup(IndexReader reader, string[] fields)
{
    private readonly IndexReaderContext _top = reader.Context;
    private readonly TermsEnum?[,] _enums = new TermsEnum?[fields.Length, reader.Leaves.Count];
    private readonly bool[,] _opened = new bool[fields.Length, reader.Leaves.Count];
    private readonly Dictionary<string, TermContext?[]> _contexts = new(StringComparer.Ordinal);
    private DocsEnum? _docs;

    /// <summary>The fields, in the order <see cref="Contexts"/> reports them.</summary>
    public string[] Fields => fields;

    /// <summary>Where the term is in each field (null when the field does not have it).</summary>
    public TermContext?[] Contexts(string term)
    {
        if (_contexts.TryGetValue(term, out var contexts))
        {
            return contexts;
        }

        contexts = new TermContext?[fields.Length];
        var bytes = new BytesRef(term);
        for (var f = 0; f < fields.Length; f++)
        {
            foreach (var leaf in _top.Leaves)
            {
                var terms = Enumerator(f, leaf);
                if (terms is not null && terms.SeekExact(bytes))
                {
                    contexts[f] ??= new TermContext(_top);
                    contexts[f]!.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
                }
            }
        }

        _contexts[term] = contexts;
        return contexts;
    }

    /// <summary>How many documents have the term in field number <paramref name="field"/>.</summary>
    public int DocFreq(string term, int field) => Contexts(term)[field]?.DocFreq ?? 0;

    /// <summary>How many documents have the term in its most frequent field.</summary>
    public int DocFreq(string term)
    {
        var max = 0;
        foreach (var context in Contexts(term))
        {
            max = Math.Max(max, context?.DocFreq ?? 0);
        }

        return max;
    }

    /// <summary>
    /// Which of <paramref name="docs"/> (top-level ids, ascending) have <paramref name="term"/> in field
    /// number <paramref name="field"/>: <paramref name="found"/>[i] is set for each one that does.
    /// </summary>
    public void MarkDocs(string term, int field, int[] docs, bool[] found)
    {
        var context = Contexts(term)[field];
        if (context is null)
        {
            return;
        }

        var bytes = new BytesRef(term);
        foreach (var leaf in _top.Leaves)
        {
            var state = context.Get(leaf.Ord);
            var terms = state is null ? null : Enumerator(field, leaf);
            if (terms is null)
            {
                continue;
            }

            terms.SeekExact(bytes, state);
            var atomic = leaf;
            _docs = terms.Docs(atomic.AtomicReader.LiveDocs, _docs, DocsFlags.NONE);
            var current = -1;
            for (var i = 0; i < docs.Length; i++)
            {
                var target = docs[i] - leaf.DocBase;
                if (target < 0 || target >= atomic.AtomicReader.MaxDoc)
                {
                    continue;
                }

                if (current < target)
                {
                    current = _docs.Advance(target);
                }

                if (current == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                found[i] |= current == target;
            }
        }
    }

    private TermsEnum? Enumerator(int field, AtomicReaderContext leaf)
    {
        if (!_opened[field, leaf.Ord])
        {
            _opened[field, leaf.Ord] = true;
            _enums[field, leaf.Ord] = leaf.AtomicReader.GetTerms(fields[field])?.GetEnumerator();
        }

        return _enums[field, leaf.Ord];
    }
}
