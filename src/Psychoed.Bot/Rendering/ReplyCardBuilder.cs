using Newtonsoft.Json.Linq;
using Psychoed.Core.Answers;

namespace Psychoed.Bot.Rendering;

/// <summary>
/// Builds the Adaptive Card for a reply: crisis resources first and alone at the top when present,
/// then the lead, the passage, its source, the referral and the disclaimer.
/// </summary>
internal static class ReplyCardBuilder
{
    /// <summary>The card for <paramref name="reply"/>, with <paramref name="buttons"/> inside it when given.</summary>
    public static JObject Build(Reply reply, IReadOnlyList<ReplyButton>? buttons)
    {
        var body = new JArray();
        var isCrisis = reply.Kind == ReplyKind.Crisis;

        // Crisis: each resource as a tappable action, before anything else.
        if (isCrisis)
        {
            foreach (var resource in reply.Resources)
            {
                body.Add(ResourceBlock(resource, body.Count > 0));
            }
        }

        if (!string.IsNullOrWhiteSpace(reply.Lead))
        {
            body.Add(CardJson.Text(reply.Lead, weight: "Bolder"));
        }

        if (!string.IsNullOrWhiteSpace(reply.Body))
        {
            body.Add(CardJson.Text(reply.Body));
        }

        foreach (var citation in reply.Citations)
        {
            body.Add(SourceBlock(citation));
        }

        if (!string.IsNullOrWhiteSpace(reply.Referral))
        {
            body.Add(WithSeparator(CardJson.Text(reply.Referral)));
        }

        if (!isCrisis)
        {
            var contacts = new JArray(reply.Resources.Where(ResourceActions.HasAction)
                .Select(r => CardJson.OpenUrl(ResourceActions.Title(r), r.Action!)));
            if (contacts.Count > 0)
            {
                body.Add(CardJson.ActionSet(contacts));
            }
        }

        if (!string.IsNullOrWhiteSpace(reply.Disclaimer))
        {
            body.Add(WithSeparator(CardJson.Text(reply.Disclaimer, size: "Small", subtle: true)));
        }

        var actions = buttons is { Count: > 0 } ? new JArray(buttons.Select(CardButton)) : null;
        return CardJson.Card(body, actions, reply.Text);
    }

    /// <summary>A card button: says text via Teams messageBack (shown as the user's message), or submits data silently.</summary>
    public static JObject CardButton(ReplyButton button)
    {
        if (button.Say is { } say)
        {
            var data = new JObject
            {
                ["psychoed"] = "say",
                ["text"] = say,
                ["msteams"] = new JObject { ["type"] = "messageBack", ["text"] = say, ["displayText"] = button.Title },
            };
            return CardJson.Submit(button.Title, data);
        }

        var value = (JObject)(button.Value ?? new JObject()).DeepClone();
        if (!button.AsksForComment)
        {
            return CardJson.Submit(button.Title, value);
        }

        var commentCard = CardJson.Card(
            [
                CardJson.Text("Sorry this wasn't helpful. What were you looking for? (optional; please leave out names and contact details)"),
                CardJson.InputText("comment", "Your comment", 500),
            ],
            [CardJson.Submit("Send feedback", value)],
            "Sorry this wasn't helpful.");
        return CardJson.ShowCard(button.Title, commentCard);
    }

    private static JObject ResourceBlock(HelpResource resource, bool separator)
    {
        var contact = resource.Hours is { Length: > 0 } hours && !resource.Contact.Contains(hours, StringComparison.OrdinalIgnoreCase)
            ? $"{resource.Contact} ({hours})"
            : resource.Contact;
        var items = new JArray
        {
            CardJson.Text(resource.Name, weight: "Bolder"),
            CardJson.Text(contact),
        };
        if (ResourceActions.HasAction(resource))
        {
            items.Add(CardJson.ActionSet([CardJson.OpenUrl(ResourceActions.Title(resource), resource.Action!)]));
        }

        var container = CardJson.Container(items, style: "attention", separator: separator);
        if (ResourceActions.HasAction(resource))
        {
            container["selectAction"] = CardJson.OpenUrl(ResourceActions.Title(resource), resource.Action!);
        }

        return container;
    }

    private static JObject SourceBlock(Citation citation)
    {
        var title = citation.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"[{citation.Title}]({uri.AbsoluteUri})"
            : citation.Title;
        var section = string.IsNullOrWhiteSpace(citation.Section) ? "" : $" — {citation.Section}";
        return CardJson.Text($"Source: {title}{section}", size: "Small", subtle: true);
    }

    private static JObject WithSeparator(JObject element)
    {
        element["separator"] = true;
        return element;
    }
}
