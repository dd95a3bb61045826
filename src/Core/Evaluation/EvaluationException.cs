namespace DeepExam.Evaluation;

/// <summary>
/// A problem found while evaluating an expression: a type error, a bad argument, division by zero.
/// Builtins throw it with a plain message; the evaluator adds where in the expression it happened.
/// </summary>
public sealed class EvaluationException(string message) : Exception(message);
