using System.Collections.Immutable;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Sampling;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// The worked steps of each part of a solved variant. The part's answer is evaluated again with a
/// <see cref="CallRecorder"/> listening, together with every derived value it rests on that an earlier
/// part has not shown yet, and each recorded call is spelled out by its explainer. The steps are
/// therefore the solver's own computation, checked against its results, not a second account of it.
/// </summary>
public sealed class WorkingTracer(ExpressionEvaluator evaluator)
{
    /// <summary>One list of steps per part, in the template's order.</summary>
    public ImmutableArray<ImmutableArray<WorkingStep>> Trace(ExerciseTemplate template, IReadOnlyDictionary<string, Value> scope)
    {
        var derivedIndex = template.Derived.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<ImmutableArray<WorkingStep>>(template.Parts.Length);
        foreach (var part in template.Parts)
        {
            var steps = new List<WorkingStep>();
            if (part.Answer is { } answer)
            {
                var needed = new SortedSet<int>();
                Collect(answer.Root, template, derivedIndex, needed);
                foreach (var i in needed)
                {
                    var d = template.Derived[i];
                    if (!shown.Add(d.Name)) continue;
                    steps.AddRange(Steps(template, d.Expression, scope, TexNames.Of(d.Name)));
                }
                steps.AddRange(Steps(template, answer, scope, ""));
            }
            result.Add([.. steps]);
        }
        return result.MoveToImmutable();
    }

    private static void Collect(Expr expr, ExerciseTemplate template, Dictionary<string, int> derivedIndex, SortedSet<int> needed)
    {
        foreach (var name in ExpressionReferences.Of(expr))
            if (derivedIndex.TryGetValue(name, out var i) && needed.Add(i))
                Collect(template.Derived[i].Expression.Root, template, derivedIndex, needed);
    }

    private IEnumerable<WorkingStep> Steps(ExerciseTemplate template, CompiledExpression expression, IReadOnlyDictionary<string, Value> scope, string target)
    {
        var recorder = new CallRecorder();
        var value = evaluator.Evaluate(template, expression, scope, "worked solution", recorder);
        var steps = new List<WorkingStep>();
        foreach (var call in recorder.Calls)
            if (CallExplainers.Explains(call.Call.Name))
                steps.AddRange(CallExplainers.Explain(new CallExplanation(call, ReferenceEquals(call.Call, expression.Root) ? target : "")));
        if (ExpressionTex.IsArithmetic(expression.Root) && value is NumberValue number && Numbers(expression.Root, scope, recorder) is { } valueOf)
            steps.Add(new FormulaStep("", target, ExpressionTex.Symbolic(expression.Root), ExpressionTex.Substituted(expression.Root, valueOf), number));
        return steps;
    }

    /// <summary>What each name and call of the expression stands for, when all of them are numbers.</summary>
    private static Func<Expr, Number?>? Numbers(Expr root, IReadOnlyDictionary<string, Value> scope, CallRecorder recorder)
    {
        var calls = new Dictionary<Expr, Value>(ReferenceEqualityComparer.Instance);
        foreach (var c in recorder.Calls) calls.TryAdd(c.Call, c.Result);
        foreach (var name in ExpressionReferences.Of(root))
            if (!scope.TryGetValue(name, out var v) || v is not NumberValue) return null;
        foreach (var (_, result) in calls)
            if (result is not NumberValue) return null;
        return expr => expr switch
        {
            Identifier id => ((NumberValue)scope[id.Name]).Number,
            CallExpr call when calls.TryGetValue(call, out var r) => ((NumberValue)r).Number,
            _ => null,
        };
    }
}
