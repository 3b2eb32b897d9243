using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Psychoed.Core.Corpus;

/// <summary>
/// Loads YAML into a node tree after a first pass that rejects anchors and aliases (so an alias
/// "bomb" cannot blow up) and documents with an absurd number of nodes.
/// </summary>
public static class SafeYaml
{
    private const int MaxEvents = 200_000;

    /// <summary>Parses <paramref name="text"/>; on failure returns the 1-based line and a message.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="lineOffset">Added to reported lines (the YAML's first line within its file, minus one).</param>
    public static (YamlNode? Root, int Line, string? Error) Load(string text, int lineOffset = 0)
    {
        // The line of the last event read: where an exception that carries no position points.
        var lastLine = 1L;
        try
        {
            var parser = new Parser(new StringReader(text));
            var events = 0;
            while (parser.MoveNext())
            {
                lastLine = Math.Max(1, parser.Current?.Start.Line ?? lastLine);
                if (++events > MaxEvents)
                {
                    return (null, lineOffset + 1, "YAML is too large");
                }

                if (parser.Current is AnchorAlias alias)
                {
                    return (null, lineOffset + (int)alias.Start.Line, "YAML aliases (*name) are not allowed here; write the value out in full");
                }

                if (parser.Current is NodeEvent { Anchor.IsEmpty: false } node)
                {
                    return (null, lineOffset + (int)node.Start.Line, "YAML anchors (&name) are not allowed here; write the value out in full");
                }
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? (null, lineOffset + 1, "YAML is empty") : (stream.Documents[0].RootNode, 0, null);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            return (null, lineOffset + (int)Math.Max(1, e.Start.Line), $"YAML does not parse: {message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet's scanner lets some malformed input (an unclosed "[" before another key) escape
            // as a plain exception; it is still the author's YAML at fault, so it is reported like one.
            return (null, lineOffset + (int)lastLine, "YAML does not parse: check brackets, quotes and indentation on this line and the next");
        }
    }

    /// <summary>1-based line of a node within the YAML text, plus <paramref name="lineOffset"/>.</summary>
    public static int LineOf(YamlNode node, int lineOffset = 0) => lineOffset + (int)Math.Max(1, node.Start.Line);
}
