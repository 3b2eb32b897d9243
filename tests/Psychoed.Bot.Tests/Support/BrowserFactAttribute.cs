namespace Psychoed.Bot.Tests.Support;

/// <summary>A fact that needs Node.js and Debian's Chromium; skipped, saying which is missing, otherwise.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (NodeTool.Node is null)
        {
            Skip = "Node.js is not installed (node is not on the PATH); install Node 20 to run the browser tests.";
        }
        else if (!File.Exists(NodeTool.ChromiumPath))
        {
            Skip = $"Chromium is not installed at {NodeTool.ChromiumPath}; run `apt-get install -y chromium` to run the browser tests.";
        }
    }
}
