namespace DeepExam.Expressions.Syntax;

/// <summary><c>record.field</c>, e.g. <c>step.loss_next</c>.</summary>
public sealed record MemberExpr(Expr Target, string Member, TextSpan Span) : Expr(Span);
