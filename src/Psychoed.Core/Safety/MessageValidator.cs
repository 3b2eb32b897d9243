namespace Psychoed.Core.Safety;

/// <summary>Checks that <c>messages.yaml</c> has every text the pipeline needs.</summary>
internal static class MessageValidator
{
    /// <summary>Referral kinds the composer may ask for.</summary>
    public static IReadOnlyList<string> ReferralKinds { get; } =
        ["general", "therapist", "gp", "prescriber", "trauma-therapist", "crisis", "pharmacist", "physical"];

    private static readonly string[] _fixedKeys =
    [
        "disclaimer.full", "disclaimer.short", "support.leads", "support.line", "support.gentle_line",
        "help_now.line", "clinic.line", "out_of_scope.general", "out_of_scope.unavailable", "tell_more.none",
        "tell_more.end", "source.line", "urgent.line", "contact.resource", "policies.safety_info",
        "smalltalk.greeting", "smalltalk.thanks", "smalltalk.who_are_you", "smalltalk.help", "smalltalk.about_bot",
        "smalltalk.topics", "smalltalk.feedback", "smalltalk.goodbye", "errors.search", "errors.turn", "errors.turn_clinic", "support.ask_directly", "answers.nearest", "support.listen", "smalltalk.no_calls",
        "conversation.greeting", "conversation.greeting_clinic", "conversation.what_i_am", "conversation.help_now_intro",
        "conversation.help_now_fallback", "conversation.privacy", "conversation.privacy_notice", "conversation.started_over",
        "conversation.choose_region", "conversation.region_set", "conversation.unknown_region", "conversation.too_long",
        "conversation.thanks_helpful", "conversation.thanks_not_helpful", "conversation.empty_message",
        "conversation.start_over_button",
    ];

    public static void Check(SafetyCatalog catalog, List<string> problems)
    {
        var messages = catalog.Messages;
        var needed = new List<string>(_fixedKeys);
        foreach (var category in Enum.GetValues<CrisisCategory>().Select(c => c.ToName()).Append(CrisisCategoryNames.General))
        {
            needed.Add($"crisis.{category}.lead");
            needed.Add($"crisis.{category}.body");
            needed.Add($"crisis.{category}.third_person_lead");
            needed.Add($"crisis.{category}.gentle");
        }

        needed.AddRange(ReferralKinds.Select(k => "referrals." + k));
        foreach (var prefix in catalog.Rules.Select(r => r.Message).OfType<string>().Distinct())
        {
            needed.Add($"crisis.{prefix}.lead");
            needed.Add($"crisis.{prefix}.body");
        }

        foreach (var key in needed.Where(k => !messages.Has(k)))
        {
            problems.Add($"messages.yaml: missing '{key}'");
        }

        foreach (var (topic, kind) in catalog.TopicReferrals.Where(t => !ReferralKinds.Contains(t.Value)))
        {
            problems.Add($"policies.yaml topic_referrals '{topic}': unknown referral '{kind}'");
        }

        foreach (var policy in catalog.Policies.Where(p => p.Referral is not null && !ReferralKinds.Contains(p.Referral)))
        {
            problems.Add($"policies.yaml policy '{policy.Id}': unknown referral '{policy.Referral}'");
        }
    }
}
