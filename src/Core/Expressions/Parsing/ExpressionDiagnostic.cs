using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions.Parsing;

/// <summary>A problem in an expression, located by its span in the expression text.</summary>
public sealed record ExpressionDiagnostic(TextSpan Span, string Message);
