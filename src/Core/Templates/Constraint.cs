using DeepExam.Expressions;

namespace DeepExam.Templates;

/// <summary>A condition every variant must meet; a sample that fails it is drawn again.</summary>
public sealed record Constraint(CompiledExpression Condition, string? Message, ConstraintPurpose Purpose = ConstraintPurpose.Valid)
{
    public string Describe() => Message is null ? $"'{Condition.Source}'" : $"'{Condition.Source}' ({Message})";
}
