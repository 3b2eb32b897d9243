namespace Psychoed.Bot.Tests.Support;

/// <summary>A fact that needs Node.js; skipped, saying so, only when node is not on the PATH.</summary>
internal sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeTool.Node is null)
        {
            Skip = "Node.js is not installed (node is not on the PATH); install Node 20 to run the Direct Line client tests.";
        }
    }
}
