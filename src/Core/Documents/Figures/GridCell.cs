using DeepExam.Documents.Math;

namespace DeepExam.Documents.Figures;

/// <summary>One number of a grid: as written in the spec (<c>-3</c>, <c>11/3</c>, <c>0.25</c>) and as math to typeset.</summary>
public sealed record GridCell(string Text, MathNode Math)
{
    public override string ToString() => Text;
}
