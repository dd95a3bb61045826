namespace DeepExam.Expressions.Syntax;

/// <summary>
/// <c>start:stop:step</c> inside the brackets of an <see cref="IndexExpr"/>, each part optional (<c>x[1:]</c>,
/// <c>x[:-1]</c>, <c>x[::2]</c>). It is never an expression on its own: the parser makes one only between brackets.
/// </summary>
public sealed record SliceExpr(Expr? Start, Expr? Stop, Expr? Step, TextSpan Span) : Expr(Span);
