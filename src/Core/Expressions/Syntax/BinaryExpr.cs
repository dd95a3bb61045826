namespace DeepExam.Expressions.Syntax;

public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right, TextSpan Span) : Expr(Span);
