using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>
/// Turns a routing draft into the <see cref="Reply"/> a user reads. A crisis reply is the crisis
/// response alone: the resources first, then the warm message. Every other reply gets, in
/// order: empathy (support level), the body, its source, the support line, the urgent line, the
/// referral, the help-now line (after a crisis) and the disclaimer (full first, short after).
/// </summary>
internal sealed class ReplyComposer(SafetyCatalog catalog, PipelineOptions options, ReferralResolver referrals)
{
    private MessageCatalog Messages => catalog.Messages;

    public Reply Crisis(SafetyDecision decision, RegionResources region)
    {
        var category = decision.Category.ToName();
        var prefix = $"crisis.{category}.";
        var lead = AfterResources(Messages.Get(decision.ThirdPerson ? prefix + "third_person_lead" : prefix + "lead", prefix + "lead"));
        var body = Messages.Get(decision.ThirdPerson ? prefix + "third_person_body" : prefix + "body", prefix + "body");

        var entries = region.Serving(category);
        if (entries.Count == 0)
        {
            entries = region.Serving(CrisisCategoryNames.General);
        }

        var resources = entries.Select(e => e.ToHelpResource()).ToList();
        if (options.HasClinicIntake)
        {
            resources.Add(referrals.ClinicResource());
        }

        // The one crisis ordering every channel shows: the contacts first, with nothing before them,
        // then the warm message. Channels render this text as it is.
        var lines = string.Join("\n", resources.Select(r => "- " + r.ToLine()));
        return new Reply
        {
            Kind = ReplyKind.Crisis,
            Safety = SafetyLevel.Crisis,
            Category = decision.Category,
            Lead = lead,
            Body = body,
            Text = string.Join("\n\n", new[] { lines, lead, body }.Where(p => !string.IsNullOrWhiteSpace(p))),
            Resources = resources,
            Rule = decision.Rule,
            ShowHelpNow = true,
        };
    }

    /// <summary>A lead written to introduce a list ("... talk to someone tonight") reads as a sentence once the list is above it.</summary>
    private static string AfterResources(string lead)
    {
        var trimmed = lead.Trim().TrimEnd(':', '.').TrimEnd();
        return trimmed.Length == 0 ? "" : trimmed + ".";
    }

    public Reply Finish(ReplyDraft draft, SafetyDecision decision, ConversationMemory memory, RegionResources region)
    {
        var resources = new List<HelpResource>();
        var parts = new List<string>();

        string? lead = null;
        string? supportLine = null;
        if (decision.Level == SafetyLevel.Support)
        {
            lead = Messages.Pick("support.leads", memory.Turns);
            (supportLine, var supportResource) = SupportLine(decision, region);
            resources.Add(supportResource);
        }

        // The one place a passage's region placeholders ({emergency_number}, {crisis_line}...) are filled.
        var body = RegionPlaceholders.Fill(draft.Body, region);
        parts.Add(lead ?? "");
        parts.Add(body);
        if (draft.Passage is { } passage)
        {
            parts.Add(Messages.Get("source.line")
                .Replace("{title}", passage.ArticleTitle, StringComparison.Ordinal)
                .Replace("{section}", passage.Section, StringComparison.Ordinal));
        }

        parts.Add(supportLine ?? "");
        if (draft.Urgent is { } need && region.Serving(need).FirstOrDefault() is { } urgent)
        {
            parts.Add(Messages.Get("urgent.line").Replace("{resource}", urgent.ToLine(), StringComparison.Ordinal));
            resources.Add(urgent.ToHelpResource());
        }

        var (referral, referralContact) = referrals.Resolve(referrals.KindFor(draft.ReferralKind, draft.Passage), region);
        parts.Add(referral);
        resources.Add(referralContact);

        if (memory.CrisisSeen && region.Serving(CrisisCategoryNames.General).FirstOrDefault() is { } helpNow)
        {
            parts.Add(Messages.Get("help_now.line").Replace("{resource}", helpNow.ToLine(), StringComparison.Ordinal));
            resources.Add(helpNow.ToHelpResource());
        }

        var disclaimer = memory.FullDisclaimerShown
            ? Pick(options.ShortDisclaimer, Messages.Get("disclaimer.short"))
            : Pick(options.FullDisclaimer, Messages.Get("disclaimer.full"));
        memory.FullDisclaimerShown = true;
        parts.Add(disclaimer);

        return new Reply
        {
            Kind = draft.Kind,
            Safety = decision.Level,
            Category = decision.Category,
            Lead = lead,
            Body = body,
            Text = string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())),
            Citations = draft.Passage is { } p
                ? [new Citation(p.ArticleId, p.ArticleTitle, p.Section, p.Topics, p.Url)]
                : [],
            Disclaimer = disclaimer,
            Referral = referral,
            Resources = resources.DistinctBy(r => (r.Name, r.Contact)).ToList(),
            Rule = draft.Rule,
            Suggestions = draft.Suggestions,
            CanTellMore = draft.CanTellMore,
            LowConfidence = draft.LowConfidence,
            ShowHelpNow = memory.CrisisSeen,
            PassageId = draft.Passage?.Id,
        };
    }

    /// <summary>
    /// The gentle line for a lowered crisis (past, negated): that category's own resource, never the
    /// emergency number; for plain distress, the region's support line.
    /// </summary>
    private (string Line, HelpResource Resource) SupportLine(SafetyDecision decision, RegionResources region)
    {
        if (decision.Category is { } category)
        {
            var need = category == CrisisCategory.MedicalEmergency ? "poison" : category.ToName();
            var entry = region.Serving(need).FirstOrDefault(e => !e.IsEmergency) ?? region.Serving("support")[0];
            var line = Messages.Get($"crisis.{category.ToName()}.gentle").Replace("{resource}", entry.ToLine(), StringComparison.Ordinal);
            return (line, entry.ToHelpResource());
        }

        var support = region.Serving("support")[0];
        return (Messages.Get("support.line").Replace("{resource}", support.ToLine(), StringComparison.Ordinal), support.ToHelpResource());
    }

    private static string Pick(string? configured, string fallback) => string.IsNullOrWhiteSpace(configured) ? fallback : configured.Trim();
}
