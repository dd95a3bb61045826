using DeepExam.Kinds;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Solving;

/// <summary>
/// Brings a computed answer into the canonical form of its kind (a shape is a list of integers, a
/// matrix a rank-2 tensor) and reports a template whose answer does not fit the kind it declares.
/// The rules are the kind's (<see cref="AnswerKindHandler.Normalize"/>); this is the entry point for
/// code that holds only the kind.
/// </summary>
public static class AnswerShape
{
    /// <exception cref="Evaluation.EvaluationException">The value is not of the kind.</exception>
    public static Value Normalize(AnswerKind kind, Value value) => AnswerKinds.Of(kind).Normalize(value);
}
