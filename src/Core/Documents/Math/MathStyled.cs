namespace DeepExam.Documents.Math;

/// <summary>\displaystyle, \textstyle, ...: the rest of the group set in <see cref="Style"/>.</summary>
public sealed record MathStyled(MathStyle Style, MathNode Body) : MathNode;
