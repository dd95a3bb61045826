using DeepExam.Expressions;

namespace DeepExam.Templates;

/// <summary>
/// A known wrong answer: when a student's answer equals <see cref="Answer"/>, give <see cref="Feedback"/>. With
/// <see cref="When"/>, the rule belongs only to the variants where that condition holds (a mistake that only exists
/// with padding, say); elsewhere it is not graded, listed, simulated or counted, and its answer is not evaluated.
/// </summary>
public sealed record MistakeRule(CompiledExpression Answer, TextTemplate Feedback, CompiledExpression? When = null);
