using DeepExam.Evaluation;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Checks pinned parameter values against a template before any variant is drawn: every derived value and
/// constraint that reads pinned parameters only is evaluated, in the sampler's order, so pins that no draw of
/// the other parameters could rescue are reported where the pins are written rather than after max_tries draws.
/// A constraint with <c>purpose: distinguish</c> that the pins decide on their own is waived: it keeps a known
/// mistake apart from the answer, and a blueprint that pins a sheet's own numbers must be able to use them even
/// where a mistake then gives the right answer (the grader checks the answer first, so it gets full credit).
/// </summary>
public static class PinnedConstraints
{
    /// <summary>
    /// For each constraint, whether pins of the given names waive it: it has <c>purpose: distinguish</c> and every
    /// name it reads is pinned or a derived value computed from pinned names only, so no draw could change it.
    /// Without pins nothing is waived.
    /// </summary>
    public static bool[] Waived(ExerciseTemplate template, IEnumerable<string> pinnedNames)
    {
        var decided = new HashSet<string>(pinnedNames, StringComparer.Ordinal);
        var waived = new bool[template.Constraints.Length];
        if (decided.Count == 0) return waived;
        foreach (var derived in template.Derived)
            if (ExpressionReferences.Of(derived.Expression.Root).All(decided.Contains)) decided.Add(derived.Name);
        for (var c = 0; c < waived.Length; c++)
            waived[c] = template.Constraints[c].Purpose == ConstraintPurpose.Distinguish
                && ExpressionReferences.Of(template.Constraints[c].Condition.Root).All(decided.Contains);
        return waived;
    }

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
            catch (EvaluationException e)
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
                // A distinguishing constraint decided by the pins alone is waived (see Waived).
                if (checkedConstraints[c] || !Known(constraint.Condition) || constraint.Purpose == ConstraintPurpose.Distinguish) continue;
                checkedConstraints[c] = true;
                Value result;
                try
                {
                    result = evaluator.Evaluate(constraint.Condition.Root, scope);
                }
                catch (EvaluationException e)
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
