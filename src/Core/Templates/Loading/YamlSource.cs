using DeepExam.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>Reads a YAML file into its node tree, turning syntax errors into diagnostics with line and column.</summary>
public static class YamlSource
{
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static YamlNode? Load(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            diagnostics.Error(new SourceLocation(displayPath, 1, 1), "file not found");
            return null;
        }
        if (info.Length > MaxFileBytes)
        {
            diagnostics.Error(new SourceLocation(displayPath, 1, 1), $"file is {info.Length} bytes; the limit is {MaxFileBytes}");
            return null;
        }
        return Parse(File.ReadAllText(path), displayPath, diagnostics);
    }

    public static YamlNode? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(new SourceLocation(displayPath, 1, 1), "the file is empty");
                return null;
            }
            if (stream.Documents.Count > 1)
                diagnostics.Error(Location(displayPath, stream.Documents[1].RootNode), "only one YAML document per file is allowed");
            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && cut > 0) message = message[(cut + 3)..];
            var lines = text.Split('\n');
            var line = (int)Math.Max(1, e.Start.Line);
            // Only a broken structure can come from an unquoted expression; a duplicate key, say, cannot.
            var structural = message.Contains("mapping", StringComparison.Ordinal) || message.Contains("expected", StringComparison.Ordinal);
            var hint = structural && line <= lines.Length ? YamlQuotingHint.For(lines[line - 1].TrimEnd('\r')) : null;
            diagnostics.Error(new SourceLocation(displayPath, line, (int)Math.Max(1, e.Start.Column)),
                $"invalid YAML: {message}{(hint is null ? "" : $" {hint}")}");
            return null;
        }
    }

    public static SourceLocation Location(string file, YamlNode node) =>
        new(file, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    /// <summary>Where the text of a scalar starts: after the quote, or on the line after a block indicator.</summary>
    public static SourceLocation ContentLocation(string file, YamlScalarNode node)
    {
        var at = Location(file, node);
        return node.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => at with { Column = at.Column + 1 },
            // The node starts at the '|' or '>'; its text begins on the next line at an indentation the
            // node does not record, so the line is exact and the column is the line's start.
            ScalarStyle.Literal or ScalarStyle.Folded => at.At(1, 1),
            _ => at,
        };
    }
}
