using DeepExam.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Templates.Loading;

/// <summary>Reads a YAML file into its node tree, turning syntax errors into diagnostics with line and column.</summary>
public static class YamlSource
{
    public const long MaxFileBytes = 4 * 1024 * 1024;

    public static YamlNode? Load(string path, string displayPath, DiagnosticBag diagnostics) =>
        ReadText(path, displayPath, diagnostics) is { } text ? Parse(text, displayPath, diagnostics) : null;

    /// <summary>Reads a file's text for <see cref="Parse"/>; null (with a diagnostic) when it is missing or too large.</summary>
    public static string? ReadText(string path, string displayPath, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            diagnostics.Error(new SourceLocation(displayPath, 1, 1), "file not found", DiagnosticCodes.FileNotFound);
            return null;
        }
        if (info.Length > MaxFileBytes)
        {
            diagnostics.Error(new SourceLocation(displayPath, 1, 1), $"file is {info.Length} bytes; the limit is {MaxFileBytes}", DiagnosticCodes.FileTooLarge);
            return null;
        }
        return File.ReadAllText(path);
    }

    public static YamlNode? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                diagnostics.Error(new SourceLocation(displayPath, 1, 1), "the file is empty", DiagnosticCodes.FileEmpty);
                return null;
            }
            if (stream.Documents.Count > 1)
                diagnostics.Error(Location(displayPath, stream.Documents[1].RootNode), "only one YAML document per file is allowed", DiagnosticCodes.MoreThanOneDocument);
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
                $"invalid YAML: {message}{(hint is null ? "" : $" {hint}")}", DiagnosticCodes.InvalidYaml);
            return null;
        }
    }

    public static SourceLocation Location(string file, YamlNode node) =>
        new(file, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    /// <summary>
    /// Where the text of a scalar starts: after the quote, or on the line after a block indicator at the
    /// block's indentation, which the node does not record: it is read from <paramref name="source"/>, the
    /// file's text, when given (else the column is the line's start).
    /// </summary>
    public static SourceLocation ContentLocation(string file, YamlScalarNode node, string? source = null)
    {
        var at = Location(file, node);
        return node.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => at with { Column = at.Column + 1 },
            ScalarStyle.Literal or ScalarStyle.Folded => at.At(1, BlockIndent(node, source) + 1),
            _ => at,
        };
    }

    /// <summary>The indentation of a block scalar's lines in the file (0 for other scalars, or without the file's text).</summary>
    public static int BlockIndent(YamlScalarNode node, string? source)
    {
        if (source is null || node.Style is not (ScalarStyle.Literal or ScalarStyle.Folded)) return 0;
        // The first line after the indicator's that is not blank sets the block's indentation.
        var at = source.IndexOf('\n', (int)Math.Min(node.Start.Index, source.Length));
        while (at >= 0 && at + 1 < source.Length)
        {
            var lineStart = at + 1;
            var indent = 0;
            while (lineStart + indent < source.Length && source[lineStart + indent] == ' ') indent++;
            if (lineStart + indent < source.Length && source[lineStart + indent] is not ('\n' or '\r')) return indent;
            at = source.IndexOf('\n', lineStart);
        }
        return 0;
    }

    /// <summary>A scalar holding exercise text, with the file locations of its lines.</summary>
    public static TextTemplate Text(string file, YamlScalarNode node, string? source) =>
        new(node.Value ?? "", ContentLocation(file, node, source)) { LineIndent = BlockIndent(node, source) };
}
