namespace DeepExam.Expressions.Syntax;

/// <summary>Where a node stands in its expression source: character offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start));
}
