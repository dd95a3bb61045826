using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions.Evaluation;

/// <summary>An evaluation error located at the expression node where it happened.</summary>
public sealed class EvaluationFailure(TextSpan span, string message) : Exception(message)
{
    public TextSpan Span { get; } = span;
}
