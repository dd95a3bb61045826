using DeepExam.Diagnostics;
using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions;

/// <summary>
/// An expression from a template: its text, its parsed tree, and where it stands in the file, so an
/// error at a node can be reported as file:line:column.
/// </summary>
public sealed record CompiledExpression(string Source, Expr Root, SourceLocation Location)
{
    /// <summary>Columns before each line of the expression after the first in the file (a YAML block's indentation).</summary>
    public int LineIndent { get; init; }

    /// <summary>The file location of a span inside the expression (line and column follow newlines in the source).</summary>
    public SourceLocation LocationOf(TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, Source.Length);
        var before = Source.AsSpan(0, start);
        var lines = before.Count('\n');
        if (lines == 0) return Location with { Column = Location.Column + start };
        return Location.At(lines, LineIndent + start - before.LastIndexOf('\n'));
    }

    public override string ToString() => Source;
}
