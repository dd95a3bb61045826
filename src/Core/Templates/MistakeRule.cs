using DeepExam.Expressions;

namespace DeepExam.Templates;

/// <summary>A known wrong answer: when a student's answer equals <see cref="Answer"/>, give <see cref="Feedback"/>.</summary>
public sealed record MistakeRule(CompiledExpression Answer, TextTemplate Feedback);
