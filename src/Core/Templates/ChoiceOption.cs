using DeepExam.Expressions;

namespace DeepExam.Templates;

/// <summary>An option of a choice part; <see cref="Correct"/> is an expression, so correctness may depend on the variant.</summary>
public sealed record ChoiceOption(TextTemplate Text, CompiledExpression Correct);
