using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Psychoed.Core.Search;

/// <summary>Removes apostrophes inside words so "can't", "can’t" and "cant" are one term.</summary>
internal sealed class ApostropheFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ApostropheFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var write = 0;
        for (var read = 0; read < length; read++)
        {
            var c = buffer[read];
            if (c is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            buffer[write++] = c;
        }

        if (write != length)
        {
            _term.SetLength(write);
        }

        return true;
    }
}
