namespace DeepExam.Expressions.Syntax;

/// <summary><c>condition ? then : otherwise</c>; only the chosen branch is evaluated.</summary>
public sealed record ConditionalExpr(Expr Condition, Expr Then, Expr Otherwise, TextSpan Span) : Expr(Span);
