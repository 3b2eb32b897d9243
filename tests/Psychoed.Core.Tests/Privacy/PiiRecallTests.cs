using Psychoed.Core.Corpus;
using Psychoed.Core.Privacy;
using Psychoed.Core.Tests.Support;
using Xunit.Abstractions;

namespace Psychoed.Core.Tests.Privacy;

/// <summary>
/// The scrubber measured on a test set written for it (invented people, places and numbers): recall
/// per kind of personal data, and false scrubs on ordinary questions and on every sentence of the
/// repository's articles. The figures are printed to the test output.
/// </summary>
public sealed class PiiRecallTests(ITestOutputHelper output)
{
    // Each case: the sentence and the pieces of personal data that must not survive.
    private static readonly (string Kind, string Text, string[] Pii)[] Cases =
    [
        ("name", "I talked to Priya about my panic attacks", ["Priya"]),
        ("name", "my son jake has not slept for days", ["jake"]),
        ("name", "Tom Hargreaves is my brother and he drinks too much", ["Tom", "Hargreaves"]),
        ("name", "my therapist Dr Okafor said to try exposure", ["Okafor"]),
        ("name", "hi im chloe and i feel empty", ["chloe"]),
        ("name", "Can Margaret come to the session with me?", ["Margaret"]),
        ("name", "my daughter Hope keeps cutting herself", ["Hope"]),
        ("name", "I live with Daniel and Sophie and they worry about me", ["Daniel", "Sophie"]),
        ("name", "thanks, Aisha", ["Aisha"]),
        ("name", "Mrs Delaney at school thinks I have ADHD", ["Delaney"]),
        ("name", "my wife Fiona left and I cannot stop crying", ["Fiona"]),
        ("name", "Is it normal that Liam gets angry after therapy?", ["Liam"]),
        ("name", "I met Will Brennan at group and he helped", ["Will", "Brennan"]),
        ("name", "my girlfriend emily has bipolar disorder", ["emily"]),
        ("name", "Sean told me ketamine is a cure, is that true", ["Sean"]),
        ("name", "my name is Rosalind Achebe", ["Rosalind", "Achebe"]),
        ("name", "Ask Kevin whether the clinic is open", ["Kevin"]),
        ("name", "my grandma Doreen has dementia and does not know me", ["Doreen"]),
        ("name", "I am Mohammed and I have ptsd from the war", ["Mohammed"]),
        ("name", "Professor Lindqvist says psilocybin is safe", ["Lindqvist"]),
        ("postcode", "I live near SW1A 1AA, is there a clinic", ["SW1A 1AA"]),
        ("postcode", "my postcode is m1 1ae", ["m1 1ae"]),
        ("postcode", "any therapists around EH8 9YL?", ["EH8 9YL"]),
        ("postcode", "we moved to Toronto M5V 3L9 last year", ["M5V 3L9"]),
        ("postcode", "is there help in K1A 0B1", ["K1A 0B1"]),
        ("postcode", "I am in Springfield IL 62704", ["62704"]),
        ("postcode", "zip 10027, who takes my insurance", ["10027"]),
        ("postcode", "our address ends in 94110-1234", ["94110-1234"]),
        ("postcode", "I live in Parramatta NSW 2150", ["2150"]),
        ("postcode", "Fitzroy VIC 3065 has long waiting lists", ["3065"]),
        ("postcode", "my eircode is D02 AF30", ["D02 AF30"]),
        ("postcode", "is there a service near T12 X70A in Cork", ["T12 X70A"]),
        ("phone", "call me on 07700 900461", ["07700 900461"]),
        ("phone", "my number is (415) 555-0132", ["(415) 555-0132"]),
        ("phone", "text +61 412 345 678 if a spot opens", ["+61 412 345 678"]),
        ("phone", "ring 01632 960 001 after six", ["01632 960 001"]),
        ("phone", "reach me at 613-555-0188", ["613-555-0188"]),
        ("phone", "my mobile: +353 87 123 4567", ["+353 87 123 4567"]),
        ("phone", "phone 555 0199 thanks", ["555 0199"]),
        ("phone", "you can call 0412345678 any time", ["0412345678"]),
        ("phone", "my mum's number is +1 202 555 0147", ["+1 202 555 0147"]),
        ("phone", "contact 020 7946 0958 for my records", ["020 7946 0958"]),
        ("email", "email me at lena.marsh@example.com", ["lena.marsh@example.com"]),
        ("email", "my email is j_ortiz99 (at) mail (dot) org", ["j_ortiz99", "(at) mail (dot) org"]),
        ("email", "send the article to KIM.TRAN@EXAMPLE.NET please", ["KIM.TRAN@EXAMPLE.NET"]),
        ("email", "write to support+me@clinic.example.co.uk", ["support+me@clinic.example.co.uk"]),
        ("email", "I use sam [at] example [dot] com", ["sam [at] example [dot] com"]),
        ("email", "contact: dee@example.ie", ["dee@example.ie"]),
        ("email", "noor.h@example.com.au is my address", ["noor.h@example.com.au"]),
        ("email", "my work mail r.patel@hospital.example.org is monitored", ["r.patel@hospital.example.org"]),
        ("email", "reply to ana-maria@example.ca", ["ana-maria@example.ca"]),
        ("email", "please email x.y.z@sub.example.com about ERP", ["x.y.z@sub.example.com"]),
        ("address", "I live at 14 Albert Road and I feel unsafe", ["14 Albert Road"]),
        ("address", "my flat 3 is damp and it makes my mood worse", ["flat 3"]),
        ("address", "we are at 2210 Maple Avenue apt 5B", ["2210 Maple Avenue", "5B"]),
        ("address", "send it to Flat 12, 40 Kings Court", ["Flat 12", "40 Kings Court"]),
        ("address", "come to 7 Rowan Close if I do not answer", ["7 Rowan Close"]),
        ("address", "apartment 804 at the end of the hall", ["apartment 804"]),
        ("address", "my home is 88 Harbour Parade", ["88 Harbour Parade"]),
        ("address", "unit 4/17 is where I stay now", ["unit 4/17"]),
        ("address", "I moved to 301 Elm Street, Suite 210", ["301 Elm Street", "Suite 210"]),
        ("address", "the shelter at 5 Abbey Grove helped me", ["5 Abbey Grove"]),
        ("address", "I am in apt. 9 and alone", ["apt. 9"]),
        ("address", "my room is at 22 Station Lane", ["22 Station Lane"]),
    ];

    // Ordinary questions: nothing in them is personal data, so nothing may change.
    private static readonly string[] Clean =
    [
        "What helps with panic attacks?",
        "Will therapy help me sleep better?",
        "May I bring someone to my first appointment?",
        "Is ketamine safe if I have high blood pressure?",
        "How long does EMDR take for PTSD?",
        "I have been feeling hopeless for weeks",
        "Does CBT work for OCD?",
        "Can my GP refer me to a psychiatrist?",
        "What is the difference between grief and depression?",
        "I slept 4 hours for 3 nights in 2025",
        "Why do I feel worse on Mondays?",
        "Is it normal to cry every day in winter?",
        "What does SSRI stand for?",
        "Grace period for missed sessions?",
        "How does neuroplasticity relate to learning new habits?",
        "Are psychedelics legal in Australia?",
        "My mood drops in June every year",
        "Do I need a referral in the UK?",
        "Can exercise help with anxiety?",
        "Hope feels far away right now",
        "Mark the days I feel anxious in a diary?",
        "What is Addison's disease and can it cause depression?",
        "Does Parkinson's disease affect mood?",
        "I want to understand my diagnosis of ADHD",
        "Is 10 mg a lot?",
        "I am so tired of feeling like this",
        "Where can I find support groups in Ireland?",
        "Tell me more about trauma-focused therapy",
        "How do I talk to my son about suicide?",
        "My partner and I argue about my drinking",
        "What happens in the first session of therapy?",
        "Is it safe to stop taking sertraline suddenly?",
        "Christmas makes my anxiety worse",
        "Can I use the chat at 3am?",
        "Does the clinic offer help in Canada?",
        "How does the vagus nerve relate to calm?",
        "I feel numb after the accident",
        "What are intrusive thoughts?",
        "My doctor said to try mindfulness, does it work?",
        "Are there side effects of esketamine nasal spray?",
    ];

    [Fact]
    public void Recall_per_kind_and_false_scrubs_on_the_test_set()
    {
        var lines = new List<string>();
        foreach (var group in Cases.GroupBy(c => c.Kind))
        {
            var total = group.Sum(c => c.Pii.Length);
            var missed = group.SelectMany(c => c.Pii.Where(p => PiiScrubber.Scrub(c.Text).Contains(p, StringComparison.Ordinal)).Select(p => $"{p} in \"{c.Text}\"")).ToList();
            var recall = (total - missed.Count) / (double)total;
            lines.Add($"{group.Key}: recall {recall:P0} ({total - missed.Count}/{total}){(missed.Count > 0 ? "; missed: " + string.Join("; ", missed) : "")}");
            Assert.True(recall >= 0.9, lines[^1]);
        }

        var changed = Clean.Where(c => PiiScrubber.Scrub(c) != c).Select(c => $"\"{c}\" -> \"{PiiScrubber.Scrub(c)}\"").ToList();
        lines.Add($"false scrubs: {changed.Count}/{Clean.Length} ordinary questions changed{(changed.Count > 0 ? ": " + string.Join("; ", changed) : "")}");
        lines.ForEach(output.WriteLine);
        Assert.True(changed.Count <= 1, lines[^1]);
        Assert.True(Cases.Length + Clean.Length >= 100);
    }

    [Fact]
    public async Task Sentences_of_the_repository_articles_are_almost_never_changed()
    {
        var snapshot = await CorpusLoader.LoadAsync(EvalCases.CorpusRoot);
        var sentences = snapshot.Articles
            .SelectMany(a => a.Lead.Concat(a.Sections.SelectMany(s => s.Paragraphs)))
            .SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && !s.Contains('[', StringComparison.Ordinal) && !s.Contains("http", StringComparison.Ordinal))
            .ToList();

        var changed = sentences.Where(s => PiiScrubber.Scrub(s) != s.Trim()).ToList();

        output.WriteLine($"article sentences changed: {changed.Count}/{sentences.Count}");
        foreach (var sentence in changed.Take(20))
        {
            output.WriteLine($"  {sentence} -> {PiiScrubber.Scrub(sentence)}");
        }

        Assert.True(sentences.Count > 500);
        Assert.True(changed.Count <= sentences.Count / 100, $"{changed.Count} of {sentences.Count} changed");
    }
}
