using DeepExam.Diagnostics;
using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions.Parsing;

/// <summary>A problem in an expression, located by its span in the expression text, with the code its diagnostic will carry.</summary>
public sealed record ExpressionDiagnostic(TextSpan Span, string Message, DiagnosticCode Code);
