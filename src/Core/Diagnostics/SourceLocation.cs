namespace DeepExam.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, as editors show them.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public SourceLocation At(int lineOffset, int column) => this with { Line = Line + lineOffset, Column = column };
    public override string ToString() => $"{File}:{Line}:{Column}";
}
