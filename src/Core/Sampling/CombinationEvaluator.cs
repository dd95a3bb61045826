using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Turns one given combination of parameter values into a variant, as <see cref="VariantSampler"/> does for a draw:
/// derived values in order, each constraint checked as soon as the names it reads are known (so a constraint still
/// guards a derived value below it). Every constraint applies, whatever its purpose: the combination stands for a
/// random draw, not for a blueprint's pins. A constraint that fails rejects the combination; a derived value or
/// constraint that cannot be evaluated throws, with the values, as in sampling.
/// </summary>
public sealed class CombinationEvaluator(ExpressionEvaluator evaluator)
{
    public CombinationOutcome Evaluate(ExerciseTemplate template, IReadOnlyDictionary<string, Value> combination)
    {
        var scope = new Dictionary<string, Value>(template.Parameters.Length + template.Derived.Length + template.Parts.Length, StringComparer.Ordinal);
        var parameters = ImmutableArray.CreateBuilder<NamedValue>(template.Parameters.Length);
        foreach (var p in template.Parameters)
        {
            scope[p.Name] = combination[p.Name];
            parameters.Add(new NamedValue(p.Name, combination[p.Name]));
        }
        var checkedConstraints = new bool[template.Constraints.Length];
        if (Rejection() is { } rejected) return new CombinationOutcome(null, rejected);
        var derived = ImmutableArray.CreateBuilder<NamedValue>(template.Derived.Length);
        foreach (var d in template.Derived)
        {
            var value = evaluator.Evaluate(template, d.Expression, scope, $"derived '{d.Name}'");
            scope[d.Name] = value;
            derived.Add(new NamedValue(d.Name, value));
            if (Rejection() is { } failed) return new CombinationOutcome(null, failed);
        }
        return new CombinationOutcome(new Variant(parameters.MoveToImmutable(), derived.MoveToImmutable(), 1), null);

        Constraint? Rejection()
        {
            for (var c = 0; c < template.Constraints.Length; c++)
            {
                var constraint = template.Constraints[c];
                if (checkedConstraints[c] || !ExpressionReferences.Of(constraint.Condition.Root).All(scope.ContainsKey)) continue;
                checkedConstraints[c] = true;
                var result = evaluator.Evaluate(template, constraint.Condition, scope, "constraint");
                if (result is not BoolValue b)
                    throw TemplateEvaluation.Failure(template, constraint.Condition.Location, $"constraint '{constraint.Condition.Source}' must be true or false, got {result.Describe()}", scope, DiagnosticCodes.ConstraintNotBoolean);
                if (!b.Value) return constraint;
            }
            return null;
        }
    }
}
