using DeepExam.Numbers;

namespace DeepExam.Expressions.Syntax;

/// <summary>An exact number as written: "3", "0.5" (= 1/2), "1e-3".</summary>
public sealed record NumberLiteral(Rational Value, TextSpan Span) : Expr(Span);

public sealed record StringLiteral(string Value, TextSpan Span) : Expr(Span);

public sealed record BoolLiteral(bool Value, TextSpan Span) : Expr(Span);

/// <summary><c>none</c>: leaves an optional argument to its context.</summary>
public sealed record NoneLiteral(TextSpan Span) : Expr(Span);
