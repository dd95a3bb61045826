using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Checks pinned parameter values against a template before any variant is drawn: every derived value and
/// constraint that reads pinned parameters only is evaluated, in the sampler's order, so pins that no draw of
/// the other parameters could rescue are reported where the pins are written rather than after max_tries draws.
/// </summary>
public static class PinnedConstraints
{
    /// <returns>What is wrong with the pins, or null when nothing decided by them alone fails.</returns>
    public static string? Problem(ExerciseTemplate template, IReadOnlyDictionary<string, Value> pins, ExpressionEvaluator evaluator)
    {
        var scope = template.Parameters.Where(p => pins.ContainsKey(p.Name)).ToDictionary(p => p.Name, p => pins[p.Name], StringComparer.Ordinal);
        var pinnedText = string.Join(", ", scope.Select(p => $"{p.Key}={p.Value}"));
        var checkedConstraints = new bool[template.Constraints.Length];
        if (FailedConstraint() is { } first) return first;
        foreach (var derived in template.Derived)
        {
            if (!Known(derived.Expression)) continue;
            try
            {
                scope[derived.Name] = evaluator.Evaluate(derived.Expression.Root, scope);
            }
            catch (EvaluationFailure e)
            {
                return $"with the pinned values {pinnedText}, derived '{derived.Name}' fails: {e.Message}";
            }
            if (FailedConstraint() is { } failed) return failed;
        }
        return null;

        bool Known(CompiledExpression expression) => ExpressionReferences.Of(expression.Root).All(scope.ContainsKey);

        string? FailedConstraint()
        {
            for (var c = 0; c < template.Constraints.Length; c++)
            {
                var constraint = template.Constraints[c];
                if (checkedConstraints[c] || !Known(constraint.Condition)) continue;
                checkedConstraints[c] = true;
                Value result;
                try
                {
                    result = evaluator.Evaluate(constraint.Condition.Root, scope);
                }
                catch (EvaluationFailure e)
                {
                    return $"with the pinned values {pinnedText}, constraint '{constraint.Condition.Source}' fails: {e.Message}";
                }
                if (result is BoolValue { Value: false })
                    return $"the pinned values {pinnedText} do not meet constraint {constraint.Describe()}";
            }
            return null;
        }
    }
}
