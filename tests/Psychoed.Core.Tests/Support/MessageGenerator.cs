using System.Text;

namespace Psychoed.Core.Tests.Support;

/// <summary>
/// Deterministic generator of messy user messages: crisis, distress, drug, small-talk and everyday
/// fragments, joined and then roughened (case, typos, repeated letters, leetspeak, punctuation, emoji).
/// </summary>
public sealed class MessageGenerator(int seed)
{
    private static readonly string[] _openers = ["", "", "hi", "ok so", "honestly", "lol", "ugh", "please", "idk", "hey bot", "so"];

    private static readonly string[] _fragments =
    [
        "i want to die", "kms", "i dont want to be here anymore", "my friend says she wants to kill herself",
        "i cut myself", "my husband hits me", "i was raped", "my stepdad touches me", "i took too many pills",
        "the voices tell me to hurt people", "im not suicidal just tired", "i tried to kill myself years ago",
        "i am depressed", "my anxiety is awful", "i feel so alone", "how much ketamine should i take",
        "where can i buy shrooms", "can i mix mdma and alcohol", "can i stop my antidepressants", "do i have ptsd",
        "my head hurts", "what is ptsd", "what are the signs of depression", "how does ketamine therapy work",
        "tell me more", "start over", "topics", "thanks", "who are you", "are you depressed", "help",
        "this commute is killing me", "id die for a coffee", "the movie was a bloodbath", "killing it at the gym",
        "what's the weather", "best pizza in town", "how do i kill a process in linux", "i need help now",
        "what is the most painless way to die", "everyone would be better off without me", "sewerslide",
        "unalive", "my mom is going to kill me lol", "can anxiety cause chest pain", "i have chest pain",
        "good morning", "that was helpful", "bye", "", "?", "psilocybin", "sleep", "grief", "my dog died",
    ];

    private static readonly string[] _noise = ["!!", "...", "?", " 😭", " 💀", " lol", ",", " :(", "\n", "  "];

    private readonly Random _random = new(seed);

    /// <summary>The next message.</summary>
    public string Next()
    {
        var builder = new StringBuilder();
        builder.Append(Pick(_openers));
        var parts = _random.Next(1, 4);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(_random.Next(3) == 0 ? ". " : " ").Append(Pick(_fragments));
            if (_random.Next(3) == 0)
            {
                builder.Append(Pick(_noise));
            }
        }

        var text = Roughen(builder.ToString());
        return _random.Next(40) == 0 ? RandomJunk() : text;
    }

    private string Roughen(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var roll = _random.Next(100);
            if (roll < 2 && char.IsLetter(c))
            {
                continue; // a dropped letter
            }

            var ch = roll < 8 ? char.ToUpperInvariant(c) : c;
            ch = roll == 9 && ch is 'i' or 'e' or 'o' ? ch switch { 'i' => '1', 'e' => '3', _ => '0' } : ch;
            builder.Append(ch);
            if (roll is 10 or 11 && char.IsLetter(c))
            {
                builder.Append(ch, _random.Next(1, 5)); // sooooo
            }
        }

        return _random.Next(10) == 0 ? builder.ToString().ToUpperInvariant() : builder.ToString();
    }

    private string RandomJunk()
    {
        var length = _random.Next(0, 400);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)_random.Next(1, 0x3000);
        }

        return new string(chars);
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
