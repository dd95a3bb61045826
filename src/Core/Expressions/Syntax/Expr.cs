namespace DeepExam.Expressions.Syntax;

/// <summary>A node of a parsed expression. Nodes hold data only; evaluation lives in <c>ExpressionEvaluator</c>.</summary>
public abstract record Expr(TextSpan Span);
