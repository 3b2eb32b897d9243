using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Psychoed.Core.Search;

/// <summary>
/// Looks terms up in the index once per question: one terms enumerator per field and segment, reused
/// for every term (and, through a pool, by the next question), and the term states kept, so building
/// the query, scoring it and finding which terms a hit matched never seek the same term twice. Not
/// thread-safe: one per question, disposed when the search is done.
/// </summary>
internal sealed class TermLookup : IDisposable
{
    private readonly IndexReaderContext _top;
    private readonly string[] _fields;
    private readonly ConcurrentBag<TermsEnum?[,]>? _pool;
    private readonly Dictionary<string, TermContext?[]> _contexts = new(StringComparer.Ordinal);
    private TermsEnum?[,]? _enums;
    private readonly bool[,] _opened;
    private DocsEnum? _docs;

    /// <summary>A lookup over <paramref name="fields"/>; enumerators come from and go back to <paramref name="pool"/> when given.</summary>
    public TermLookup(IndexReader reader, string[] fields, ConcurrentBag<TermsEnum?[,]>? pool = null)
    {
        _top = reader.Context;
        _fields = fields;
        _pool = pool;
        var leaves = reader.Leaves.Count;
        if (pool is not null && pool.TryTake(out var pooled) && pooled.GetLength(0) == fields.Length && pooled.GetLength(1) == leaves)
        {
            // A pooled set was opened for every field and segment (a null is a field the segment lacks).
            _enums = pooled;
            _opened = new bool[fields.Length, leaves];
            for (var f = 0; f < fields.Length; f++)
            {
                for (var l = 0; l < leaves; l++)
                {
                    _opened[f, l] = true;
                }
            }
        }
        else
        {
            _enums = new TermsEnum?[fields.Length, leaves];
            _opened = new bool[fields.Length, leaves];
        }
    }

    /// <summary>The fields, in the order <see cref="Contexts"/> reports them.</summary>
    public string[] Fields => _fields;

    /// <summary>Where the term is in each field (null when the field does not have it).</summary>
    public TermContext?[] Contexts(string term)
    {
        if (_contexts.TryGetValue(term, out var contexts))
        {
            return contexts;
        }

        contexts = new TermContext?[_fields.Length];
        var bytes = new BytesRef(term);
        for (var f = 0; f < _fields.Length; f++)
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

    /// <summary>
    /// The postings (with frequencies) of <paramref name="term"/> in field number <paramref name="field"/>
    /// of one segment, reusing <paramref name="reuse"/>; null when the segment does not have it.
    /// </summary>
    public DocsEnum? Docs(string term, int field, AtomicReaderContext leaf, DocsEnum? reuse)
    {
        var state = Contexts(term)[field]?.Get(leaf.Ord);
        var terms = state is null ? null : Enumerator(field, leaf);
        if (terms is null)
        {
            return null;
        }

        terms.SeekExact(new BytesRef(term), state);
        return terms.Docs(leaf.AtomicReader.LiveDocs, reuse, DocsFlags.FREQS);
    }

    /// <summary>Gives the enumerators back to the pool, every one opened, for the next question.</summary>
    public void Dispose()
    {
        if (_enums is null)
        {
            return;
        }

        if (_pool is not null)
        {
            foreach (var leaf in _top.Leaves)
            {
                for (var f = 0; f < _fields.Length; f++)
                {
                    Enumerator(f, leaf);
                }
            }

            _pool.Add(_enums);
        }

        _enums = null;
    }

    private TermsEnum? Enumerator(int field, AtomicReaderContext leaf)
    {
        ObjectDisposedException.ThrowIf(_enums is null, this);
        if (!_opened[field, leaf.Ord])
        {
            _opened[field, leaf.Ord] = true;
            _enums[field, leaf.Ord] = leaf.AtomicReader.GetTerms(_fields[field])?.GetEnumerator();
        }

        return _enums[field, leaf.Ord];
    }
}
