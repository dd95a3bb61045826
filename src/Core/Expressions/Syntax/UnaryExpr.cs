namespace DeepExam.Expressions.Syntax;

public sealed record UnaryExpr(UnaryOperator Operator, Expr Operand, TextSpan Span) : Expr(Span);
