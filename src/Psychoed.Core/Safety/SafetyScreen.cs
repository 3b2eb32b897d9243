namespace Psychoed.Core.Safety;

/// <summary>
/// The safety screen: normalizes a message, masks false friends ("this commute is killing me"), runs the
/// rules in priority order and reads each match's context (negation, who it is about, past or present).
/// The first crisis match that is neither negated nor safely in the past decides; otherwise the first
/// lowered crisis match or personal-distress match gives <see cref="SafetyLevel.Support"/>. Every rule
/// that matches adds its risk markers, so a support decision can say that suicide should be asked
/// about. The whole message is screened, however long. Thread-safe.
/// </summary>
public sealed class SafetyScreen
{
    private readonly TextNormalizer _normalizer;
    private readonly IReadOnlyList<SafetyRule> _rules;
    private readonly IReadOnlyList<PhrasePattern> _falseFriends;
    private readonly ScreenCues _cues;

    /// <summary>Creates a screen over the rules, false friends and cues of <paramref name="catalog"/>.</summary>
    public SafetyScreen(SafetyCatalog catalog)
    {
        _normalizer = catalog.Normalizer;
        _rules = catalog.Rules;
        _falseFriends = catalog.FalseFriends;
        _cues = catalog.Cues;
    }

    /// <summary>Screens one message. Never throws; empty text is <see cref="SafetyDecision.Clear"/>.</summary>
    public SafetyDecision Screen(string? text) => Screen(_normalizer.Normalize(text));

    /// <summary>Screens an already normalized message.</summary>
    public SafetyDecision Screen(NormalizedText normalized)
    {
        if (normalized.Words.Count == 0)
        {
            return SafetyDecision.Clear;
        }

        var text = MaskFalseFriends(normalized);
        var presentRisk = _cues.PresentRisk.Any(p => p.IsMatch(text));
        SafetyDecision? crisis = null;
        SafetyDecision? lowered = null;
        SafetyDecision? distress = null;
        var markers = new List<string>();

        foreach (var rule in _rules)
        {
            // Once a crisis decided, later rules can only add risk markers.
            if ((crisis is not null && rule.Markers.Count == 0) || (rule.Context.Count > 0 && !rule.Context.Any(c => c.IsMatch(text))))
            {
                continue;
            }

            foreach (var pattern in rule.Patterns)
            {
                foreach (var (start, end) in pattern.Matches(text))
                {
                    var sentence = SentenceAround(text, start, end);
                    if (rule.Unless.Any(u => u.IsMatch(sentence)))
                    {
                        continue;
                    }

                    var negated = !rule.IgnoreNegation &&
                        (IsNegated(text, start) || (rule.NegationInMatch && Span(text, start, end).Any(_cues.Negations.Contains)));
                    var thirdPerson = IsThirdPerson(text, start, end);
                    var hyperbole = !rule.IgnorePast && _cues.Hyperbole.Any(h => h.IsMatch(sentence));
                    var past = !rule.IgnorePast && (hyperbole || IsPast(sentence));
                    // Markers are about the speaker: a match that itself names someone else ("she wants to die") adds none.
                    if (!negated && !hyperbole && !(thirdPerson && NamesSomeoneElse(text, start, end)))
                    {
                        markers.AddRange(rule.Markers.Where(m => !markers.Contains(m)).ToList());
                    }

                    if (rule.Level == SafetyLevel.Crisis)
                    {
                        if (!negated && (!past || presentRisk))
                        {
                            crisis ??= new SafetyDecision
                            {
                                Level = SafetyLevel.Crisis,
                                Category = rule.Category,
                                Rule = rule.Id,
                                ThirdPerson = thirdPerson,
                                Past = past,
                                MessageKey = rule.Message,
                            };
                        }

                        lowered ??= new SafetyDecision
                        {
                            Level = SafetyLevel.Support,
                            Category = rule.Category,
                            Rule = rule.Id,
                            ThirdPerson = thirdPerson,
                            Past = past && !negated,
                            Negated = negated,
                        };
                    }
                    else if (!negated && !thirdPerson)
                    {
                        distress ??= new SafetyDecision { Level = SafetyLevel.Support, Category = rule.Category, Rule = rule.Id };
                    }
                }
            }
        }

        var decision = crisis ?? lowered ?? distress ?? SafetyDecision.Clear;
        return markers.Count == 0 ? decision : decision with { RiskMarkers = markers };
    }

    private NormalizedText MaskFalseFriends(NormalizedText text)
    {
        foreach (var pattern in _falseFriends)
        {
            foreach (var (start, end) in pattern.Matches(text).ToList())
            {
                text = text.Mask(start, end);
            }
        }

        return text;
    }

    private bool IsNegated(NormalizedText text, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - _cues.NegationWindow; i--)
        {
            var word = text.Words[i];
            if (NormalizedText.IsBreak(word))
            {
                return false;
            }

            if (_cues.Negations.Contains(word))
            {
                return true;
            }

            if (!_cues.NegationBridge.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsThirdPerson(NormalizedText text, int start, int end)
    {
        var span = Span(text, start, end);
        if (span.Any(_cues.FirstPerson.Contains))
        {
            return false;
        }

        if (span.Any(_cues.ThirdPerson.Contains))
        {
            return true;
        }

        // Nothing in the match says who: the nearest person word before it in the sentence decides.
        for (var i = start - 1; i >= 0 && text.Words[i] != NormalizedText.SentenceBreak; i--)
        {
            if (_cues.FirstPerson.Contains(text.Words[i]))
            {
                return false;
            }

            if (_cues.ThirdPerson.Contains(text.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesSomeoneElse(NormalizedText text, int start, int end)
    {
        var span = Span(text, start, end);
        return span.Any(_cues.ThirdPerson.Contains) && !span.Any(_cues.FirstPerson.Contains);
    }

    private static List<string> Span(NormalizedText text, int start, int end) =>
        Enumerable.Range(start, Math.Max(0, end - start)).Select(i => text.Words[i]).ToList();

    private bool IsPast(string sentence) =>
        _cues.Past.Any(p => p.IsMatch(sentence)) && !_cues.Recent.Any(p => p.IsMatch(sentence));

    private static string SentenceAround(NormalizedText text, int start, int end)
    {
        var first = start;
        while (first > 0 && text.Words[first - 1] != NormalizedText.SentenceBreak)
        {
            first--;
        }

        var last = end;
        while (last < text.Words.Count && text.Words[last] != NormalizedText.SentenceBreak)
        {
            last++;
        }

        return " " + string.Join(' ', text.Words.Skip(first).Take(last - first)) + " ";
    }
}
