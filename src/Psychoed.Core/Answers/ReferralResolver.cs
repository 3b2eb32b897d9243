using Psychoed.Core.Safety;
using Psychoed.Core.Search;

namespace Psychoed.Core.Answers;

/// <summary>
/// Chooses the referral for a reply and names a concrete way to reach it: the clinic's intake contact
/// from <see cref="PipelineOptions"/> when configured, else the region's line for that kind (e.g. the
/// SAMHSA National Helpline in the US). Never only "see a professional".
/// </summary>
internal sealed class ReferralResolver(SafetyCatalog catalog, PipelineOptions options)
{
    private static readonly HashSet<string> _articleKinds = ["therapist", "prescriber", "gp", "trauma-therapist", "crisis"];

    /// <summary>The referral kind: the route's own, else the topic's (ketamine to prescriber), else the article's, else general.</summary>
    public string KindFor(string? requested, Passage? passage)
    {
        if (requested is not null)
        {
            return requested;
        }

        if (passage is null)
        {
            return "general";
        }

        foreach (var topic in passage.Topics)
        {
            if (catalog.TopicReferrals.TryGetValue(topic, out var kind))
            {
                return kind;
            }
        }

        return _articleKinds.Contains(passage.Referral) ? passage.Referral : "general";
    }

    /// <summary>The referral text and the contact it names.</summary>
    public (string Text, HelpResource Contact) Resolve(string kind, RegionResources region)
    {
        var messages = catalog.Messages;
        string contactText;
        HelpResource contact;
        if (options.HasClinicIntake && kind != "physical")
        {
            contact = ClinicResource();
            contactText = messages.Get("clinic.line")
                .Replace("{clinic}", contact.Name, StringComparison.Ordinal)
                .Replace("{contact}", contact.Contact, StringComparison.Ordinal);
        }
        else
        {
            var entry = region.ReferralFor(kind) ?? region.ReferralFor("default") ?? region.Resources[0];
            contact = entry.ToHelpResource();
            contactText = messages.Get("contact.resource").Replace("{resource}", entry.ToLine(), StringComparison.Ordinal);
        }

        var text = messages.Get("referrals." + kind, "referrals.general").Replace("{contact}", contactText, StringComparison.Ordinal);
        return (text.Trim(), contact);
    }

    /// <summary>The clinic's intake contact as a resource (only meaningful when configured).</summary>
    public HelpResource ClinicResource()
    {
        var name = string.IsNullOrWhiteSpace(options.ClinicName) ? "Our clinic's intake team" : options.ClinicName.Trim();
        var phone = options.ClinicIntakePhone?.Trim();
        var url = options.ClinicIntakeUrl?.Trim();
        var parts = new[] { string.IsNullOrEmpty(phone) ? null : "call " + phone, string.IsNullOrEmpty(url) ? null : "visit " + url }
            .OfType<string>();
        var action = !string.IsNullOrEmpty(phone)
            ? "tel:" + new string(phone.Where(c => char.IsDigit(c) || c == '+').ToArray())
            : url is not null && url.StartsWith("https://", StringComparison.Ordinal) ? url : null;
        return new HelpResource(name, string.Join(" or ", parts), action);
    }
}
