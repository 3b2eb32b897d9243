using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Hosting;

namespace Psychoed.Bot.WebChat;

/// <summary>Renders the chat page and the embed script from their templates, with the configured values.</summary>
public sealed class WebChatPage(IOptions<WebChatOptions> options, IOptions<PsychoedOptions> bot, HelpResourceSource help)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<string> s_page = new(() => ReadTemplate("ChatPage.html"));
    private static readonly Lazy<string> s_embed = new(() => ReadTemplate("embed.js"));

    /// <summary>The client configuration.</summary>
    public WebChatClientConfig Config => WebChatClientConfig.From(options.Value, bot.Value.Region, help.Current);

    /// <summary>The page's HTML; every value is HTML-encoded, the config JSON is script-safe.</summary>
    public string RenderPage(bool embedded)
    {
        var o = options.Value;
        string Html(string value) => WebUtility.HtmlEncode(value);
        return s_page.Value
            .Replace("{{ClinicName}}", Html(o.ClinicName), StringComparison.Ordinal)
            .Replace("{{Tagline}}", Html(o.Tagline), StringComparison.Ordinal)
            .Replace("{{Disclaimer}}", Html(o.Disclaimer), StringComparison.Ordinal)
            .Replace("{{BotAvatarInitials}}", Html(o.BotAvatarInitials), StringComparison.Ordinal)
            .Replace("{{AccentColor}}", Config.Accent, StringComparison.Ordinal)
            .Replace("{{AccentText}}", Config.AccentText, StringComparison.Ordinal)
            .Replace("{{BodyClass}}", embedded ? "embedded" : "standalone", StringComparison.Ordinal)
            .Replace("{{ConfigJson}}", JsonSerializer.Serialize(Config, s_json), StringComparison.Ordinal);
    }

    /// <summary>The embed script, with the button's label and colours filled in.</summary>
    public string RenderEmbedScript()
    {
        var embedConfig = new { label = "Chat with " + options.Value.ClinicName, accent = Config.Accent, accentText = Config.AccentText };
        return s_embed.Value.Replace("/*CONFIG*/null", JsonSerializer.Serialize(embedConfig, s_json), StringComparison.Ordinal);
    }

    /// <summary>The page's Content-Security-Policy: scripts only from this site, connections only to its Direct Line, framed only by itself and the configured sites.</summary>
    public string ContentSecurityPolicy(HttpContext http)
    {
        var o = options.Value;
        // 'self' covers the same origin's ws:/wss: in current browsers; the named origin is for the rest.
        var connect = PublicAddress.WebSocketOrigin(http, bot.Value) is { } stream ? $"'self' {stream}" : "'self'";
        if (o.UsesAzure && Uri.TryCreate(o.DirectLineEndpoint, UriKind.Absolute, out var azure))
        {
            connect += $" {azure.GetLeftPart(UriPartial.Authority)} wss://{azure.Authority}";
        }

        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"font-src 'self' data:; media-src 'self'; connect-src {connect}; object-src 'none'; base-uri 'self'; form-action 'self'; " +
            $"frame-ancestors {("'self' " + o.FrameAncestors).Trim()}";
    }

    private static string ReadTemplate(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Psychoed.Bot.WebChat." + name)
            ?? throw new InvalidOperationException($"The {name} template is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
