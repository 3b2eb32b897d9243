using System.Text;
using Psychoed.Core.Answers;

namespace Psychoed.Bot.Rendering;

/// <summary>
/// The plain text of a reply as the bot sends it. For a crisis reply the help resources come first
/// and nothing stands before them, whatever order the pipeline's own text uses; every other reply
/// is the pipeline's text unchanged.
/// </summary>
internal static class CrisisText
{
    public static string PlainText(Reply reply)
    {
        if (reply.Kind != ReplyKind.Crisis || reply.Resources.Count == 0)
        {
            return reply.Text;
        }

        var text = new StringBuilder();
        foreach (var resource in reply.Resources)
        {
            text.Append("- ").Append(ResourceActions.Line(resource)).Append('\n');
        }

        foreach (var part in new[] { reply.Lead is null ? null : LeadAfterResources(reply.Lead), reply.Body, reply.Referral })
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append('\n').Append(part.Trim()).Append('\n');
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A lead written to introduce the list ("... talk to someone tonight:") reads as a sentence once the list is above it.</summary>
    public static string LeadAfterResources(string lead)
    {
        var trimmed = lead.TrimEnd();
        return trimmed.EndsWith(':') ? trimmed[..^1].TrimEnd() + "." : trimmed;
    }
}
