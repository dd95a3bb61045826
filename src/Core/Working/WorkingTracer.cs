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
    /// <param name="names">How the template's names are written (null: <see cref="SymbolNames.Of"/> the template).</param>
    public ImmutableArray<ImmutableArray<WorkingStep>> Trace(ExerciseTemplate template, IReadOnlyDictionary<string, Value> scope, SymbolNames? names = null)
    {
        names ??= SymbolNames.Of(template);
        var derivedIndex = template.Derived.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        // The part whose working shows a derived value, for the values that have any working.
        var workedIn = new Dictionary<string, string>(StringComparer.Ordinal);
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
                    var before = steps.Count;
                    steps.AddRange(Steps(template, d.Expression, scope, names[d.Name], names));
                    if (steps.Count > before) workedIn[d.Name] = part.Id;
                }
                steps.AddRange(Steps(template, answer, scope, "", names));
                // A part whose answer was all worked earlier (a field of a traced network) says where.
                if (steps.Count == 0 && Reference(answer.Root, template, derivedIndex, workedIn) is { } reference)
                    steps.Add(reference);
            }
            result.Add([.. steps]);
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// "See the working of part (a).": the parts that work the nearest derived values the answer reads,
    /// looking through values without a working of their own (s1 = net.shapes[0] leads to net); null when none.
    /// The values' names are not given: they are the template's, which the student has not seen.
    /// </summary>
    private static NoteStep? Reference(Expr answer, ExerciseTemplate template, Dictionary<string, int> derivedIndex, Dictionary<string, string> workedIn)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Expr>([answer]);
        while (pending.Count > 0)
            foreach (var name in ExpressionReferences.Of(pending.Dequeue()))
            {
                if (!derivedIndex.TryGetValue(name, out var i) || !seen.Add(name)) continue;
                if (workedIn.ContainsKey(name)) found.Add(name);
                else pending.Enqueue(template.Derived[i].Expression.Root);
            }
        var order = template.Parts.Select(p => p.Id).ToList();
        var parts = found.Select(name => workedIn[name]).Distinct().OrderBy(order.IndexOf).Select(id => $"({id})").ToList();
        return parts.Count switch
        {
            0 => null,
            1 => new NoteStep($"See the working of part {parts[0]}."),
            _ => new NoteStep($"See the working of parts {string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}."),
        };
    }

    private static void Collect(Expr expr, ExerciseTemplate template, Dictionary<string, int> derivedIndex, SortedSet<int> needed)
    {
        foreach (var name in ExpressionReferences.Of(expr))
            if (derivedIndex.TryGetValue(name, out var i) && needed.Add(i))
                Collect(template.Derived[i].Expression.Root, template, derivedIndex, needed);
    }

    private IEnumerable<WorkingStep> Steps(ExerciseTemplate template, CompiledExpression expression, IReadOnlyDictionary<string, Value> scope, string target, SymbolNames names)
    {
        var recorder = new CallRecorder();
        var value = evaluator.Evaluate(template, expression, scope, "worked solution", recorder);
        var steps = new List<WorkingStep>();
        foreach (var call in recorder.Calls)
            if (CallExplainers.Explains(call.Call.Name))
                steps.AddRange(CallExplainers.Explain(new CallExplanation(call, IsResult(call.Call, expression.Root) ? target : "", names)));
        // A call on its own is its explainer's business: substituting it would only repeat its value.
        if (expression.Root is not CallExpr && ExpressionTex.IsArithmetic(expression.Root) && value is NumberValue number
            && Numbers(expression.Root, scope, recorder) is { } valueOf)
            steps.Add(new FormulaStep("", target, ExpressionTex.Symbolic(expression.Root, names), ExpressionTex.Substituted(expression.Root, valueOf, names), number));
        return steps;
    }

    /// <summary>
    /// True when the call's result is the expression's value: the call is the whole expression, or a branch of a
    /// conditional that is (<c>vertical ? conv2d(I, Kv) : conv2d(I, Kh)</c> names the one call evaluated).
    /// </summary>
    private static bool IsResult(Expr call, Expr root) =>
        ReferenceEquals(call, root) || root is ConditionalExpr c && (IsResult(call, c.Then) || IsResult(call, c.Otherwise));

    /// <summary>
    /// What each name and call of the expression stands for, when all of them are numbers. Names inside a
    /// call do not count: the call is written as its value (dot(W2, o4) + b2 reads −0.035 + (−1/2)).
    /// </summary>
    private static Func<Expr, Number?>? Numbers(Expr root, IReadOnlyDictionary<string, Value> scope, CallRecorder recorder)
    {
        var calls = new Dictionary<Expr, Value>(ReferenceEqualityComparer.Instance);
        foreach (var c in recorder.Calls) calls.TryAdd(c.Call, c.Result);
        foreach (var leaf in Leaves(root))
        {
            var value = leaf switch
            {
                Identifier id => scope.GetValueOrDefault(id.Name),
                _ => calls.GetValueOrDefault(leaf),
            };
            if (value is not NumberValue) return null;
        }
        return expr => expr switch
        {
            Identifier id => ((NumberValue)scope[id.Name]).Number,
            CallExpr call when calls.TryGetValue(call, out var r) => ((NumberValue)r).Number,
            _ => null,
        };
    }

    /// <summary>The names and calls of an arithmetic expression, not looking inside calls.</summary>
    private static IEnumerable<Expr> Leaves(Expr expr) => expr switch
    {
        Identifier or CallExpr => [expr],
        UnaryExpr u => Leaves(u.Operand),
        BinaryExpr b => Leaves(b.Left).Concat(Leaves(b.Right)),
        _ => [],
    };
}
