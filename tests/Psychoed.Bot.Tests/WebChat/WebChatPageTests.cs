using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Psychoed.Bot.Tests.Support;

namespace Psychoed.Bot.Tests.WebChat;

/// <summary>The page, its configuration and the embed script, as served.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_page_is_served_with_its_bundle_and_a_strict_content_security_policy()
    {
        using var host = new DirectLineTestHost();
        using var client = host.CreateClient();

        var page = await client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        var bundle = await client.GetAsync("/lib/webchat.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script src=\"lib/webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Need help now?", html, StringComparison.Ordinal);
        Assert.Contains("not medical advice", html, StringComparison.Ordinal);
        Assert.Contains("role=\"main\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clinics_settings_style_the_page_and_are_html_encoded()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?>
        {
            ["Psychoed:WebChat:ClinicName"] = "Hope & <Care> Clinic",
            ["Psychoed:WebChat:AccentColor"] = "#F5C400",
            ["Psychoed:WebChat:BotAvatarInitials"] = "HC",
        });
        using var client = host.CreateClient();

        var html = await client.GetStringAsync("/");
        var config = JsonNode.Parse(await client.GetStringAsync("/api/webchat/config"))!;

        Assert.Contains("<h1>Hope &amp; &lt;Care&gt; Clinic</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Care>", html, StringComparison.Ordinal);
        Assert.Contains("--accent: #F5C400; --accent-text: #111111;", html, StringComparison.Ordinal);
        Assert.Equal("Hope & <Care> Clinic", (string?)config["clinicName"]);
        Assert.Equal("HC", (string?)config["botAvatarInitials"]);
        Assert.Equal("embedded", (string?)config["mode"]);
    }

    [Fact]
    public void An_accent_that_is_not_a_colour_stops_the_app_at_start_with_a_clear_message()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:WebChat:AccentColor"] = "red; background:url(x)" });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("AccentColor must be a colour written #rrggbb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_resources_are_the_corpus_general_contacts_of_every_region()
    {
        using var host = new DirectLineTestHost();
        using var client = host.CreateClient();

        var config = JsonNode.Parse(await client.GetStringAsync("/api/webchat/config"))!;

        var regions = config["helpRegions"]!.AsArray();
        var us = regions.Single(r => (string?)r!["code"] == "US")!;
        var contacts = us["resources"]!.AsArray().Select(r => (string?)r!["contact"]).ToList();
        Assert.Equal(5, regions.Count);
        Assert.Equal("US", (string?)config["defaultRegion"]);
        Assert.Contains(contacts, c => c!.StartsWith("Call or text 988", StringComparison.Ordinal));
        Assert.Contains("Text HOME to 741741", contacts);
        Assert.Contains(contacts, c => c!.Contains("911", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_embed_script_carries_the_button_label_and_colours()
    {
        using var host = new DirectLineTestHost(new Dictionary<string, string?> { ["Psychoed:WebChat:ClinicName"] = "Riverside \"Clinic\"</script>" });
        using var client = host.CreateClient();

        var response = await client.GetAsync("/embed.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("/*CONFIG*/null", script, StringComparison.Ordinal);
        Assert.Contains("\"accent\":\"#0B6E6E\"", script, StringComparison.Ordinal);
        Assert.Contains("Riverside \\u0022Clinic\\u0022\\u003C/script\\u003E", script, StringComparison.Ordinal);
        Assert.Contains("?embed=1", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("%00")]
    public async Task The_embedded_page_renders_for_any_embed_value(string value)
    {
        using var host = new DirectLineTestHost();
        using var client = host.CreateClient();

        var html = await client.GetStringAsync("/?embed=" + value);

        Assert.Contains("<body class=\"embedded\">", html, StringComparison.Ordinal);
    }
}
