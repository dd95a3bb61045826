using DeepExam.Diagnostics;

namespace DeepExam.Templates;

/// <summary>
/// Exercise text: a Scriban template that renders to Markdown with TeX math ($…$, $$…$$), and where it
/// stands in its file. <see cref="LineIndent"/> is the indentation of a YAML block's lines, which the
/// text itself does not hold, so that a place in the text maps to its column in the file.
/// </summary>
public sealed record TextTemplate(string Source, SourceLocation Location)
{
    /// <summary>Columns before each line of the text after the first in the file (a block scalar's indentation).</summary>
    public int LineIndent { get; init; }

    public static TextTemplate Empty(SourceLocation location) => new("", location);
    public bool IsEmpty => string.IsNullOrWhiteSpace(Source);

    /// <summary>The file location of a 1-based line and column of the text.</summary>
    public SourceLocation LocationAt(int line, int column) =>
        line <= 1 ? Location with { Column = Location.Column + Math.Max(0, column - 1) }
            : Location with { Line = Location.Line + line - 1, Column = LineIndent + Math.Max(1, column) };

    /// <summary>The file location of a character offset in the text.</summary>
    public SourceLocation LocationOf(int offset)
    {
        var before = Source.AsSpan(0, Math.Clamp(offset, 0, Source.Length));
        var lines = before.Count('\n');
        return LocationAt(lines + 1, lines == 0 ? offset + 1 : offset - before.LastIndexOf('\n'));
    }
}
