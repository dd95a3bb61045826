using DeepExam.Diagnostics;
using DeepExam.Evaluation;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Evaluates a template's expression and turns any failure into a diagnostic at file:line:column that
/// names the template and the variant's parameter values, so the instructor can reproduce it.
/// </summary>
public static class TemplateEvaluation
{
    public static Value Evaluate(this ExpressionEvaluator evaluator, ExerciseTemplate template, CompiledExpression expression,
        IReadOnlyDictionary<string, Value> scope, string what, ICallObserver? observer = null)
    {
        try
        {
            return evaluator.Evaluate(expression.Root, scope, observer);
        }
        catch (EvaluationException e)
        {
            throw Failure(template, expression.LocationOf(e.Span ?? expression.Root.Span), $"{what}: {e.Message}", scope, DiagnosticCodes.ExpressionFailsInVariant);
        }
    }

    /// <summary>
    /// The same, for an expression described as <c>what 'name'</c> ("derived 'out'", "answer of part 'b'"): the
    /// description is made only when the evaluation fails, not for each of the thousands that succeed.
    /// </summary>
    public static Value Evaluate(this ExpressionEvaluator evaluator, ExerciseTemplate template, CompiledExpression expression,
        IReadOnlyDictionary<string, Value> scope, string what, string name)
    {
        try
        {
            return evaluator.Evaluate(expression.Root, scope);
        }
        catch (EvaluationException e)
        {
            throw Failure(template, expression.LocationOf(e.Span ?? expression.Root.Span), $"{what} '{name}': {e.Message}", scope, DiagnosticCodes.ExpressionFailsInVariant);
        }
    }

    public static InputException Failure(ExerciseTemplate template, SourceLocation location, string message, IReadOnlyDictionary<string, Value> scope, DiagnosticCode code)
    {
        var parameters = string.Join(", ", template.Parameters.Where(p => scope.ContainsKey(p.Name)).Select(p => $"{p.Name}={scope[p.Name]}"));
        var suffix = parameters.Length == 0 ? "" : $" (in the variant with {parameters})";
        return new InputException(new Diagnostic(location, template.Id, message + suffix, code));
    }
}
