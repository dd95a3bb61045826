using DeepExam.Expressions.Syntax;

namespace DeepExam.Evaluation;

/// <summary>
/// A problem found while evaluating an expression: a type error, a bad argument, division by zero.
/// Builtins and operators throw it with a plain message and no <see cref="Span"/>, since they do not know which
/// expression called them; the expression evaluator locates it once, at the innermost node that failed
/// (<see cref="At"/>), so a caller holding the expression's source can report file:line:column.
/// </summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException(string message) : base(message) { }

    private EvaluationException(string message, TextSpan span) : base(message) => Span = span;

    /// <summary>Where in the expression it happened; null while no evaluator has located it (a builtin's own error).</summary>
    public TextSpan? Span { get; }

    /// <summary>
    /// The same error located at <paramref name="span"/>; an error already located keeps its place, which is the
    /// innermost node, so the enclosing nodes it passes through on the way out do not move it.
    /// </summary>
    public EvaluationException At(TextSpan span) => Span is null ? new(Message, span) : this;
}
