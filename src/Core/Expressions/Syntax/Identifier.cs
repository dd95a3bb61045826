namespace DeepExam.Expressions.Syntax;

/// <summary>A reference to a parameter or a derived value.</summary>
public sealed record Identifier(string Name, TextSpan Span) : Expr(Span);
