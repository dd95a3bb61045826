using System.Globalization;
using System.Text;
using DeepExam.Evaluation;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// How often each of a template's constraints held over a set of draws in which none met them all, each constraint
/// evaluated on its own. The sampler stops a draw at the first constraint that fails, so its counts blame whichever
/// constraint is checked first; the census evaluates every constraint on every draw, so the one that is never met is
/// told apart from one that merely fails often. It only explains a failure: it decides no variant and draws nothing.
/// </summary>
public sealed class ConstraintCensus
{
    private readonly ExerciseTemplate _template;
    private readonly ExpressionEvaluator _evaluator;
    private readonly bool[]? _waived;
    private readonly int[] _held;
    private readonly int[] _evaluated;

    /// <param name="waived">Constraints that pinned values waive (<see cref="PinnedConstraints.Waived"/>): not counted.</param>
    public ConstraintCensus(ExerciseTemplate template, ExpressionEvaluator evaluator, bool[]? waived = null)
    {
        _template = template;
        _evaluator = evaluator;
        _waived = waived;
        _held = new int[template.Constraints.Length];
        _evaluated = new int[template.Constraints.Length];
    }

    /// <summary>How many draws were counted.</summary>
    public int Draws { get; private set; }

    /// <summary>
    /// Counts one draw, given by its parameter values. Every derived value that can be computed is, and every
    /// constraint whose names are then known is evaluated. A derived value that fails (say a division by zero that a
    /// failing constraint would have kept the sampler from) leaves the constraints that read it unevaluated in this draw.
    /// </summary>
    public void Add(IReadOnlyDictionary<string, Value> parameters)
    {
        Draws++;
        var scope = new Dictionary<string, Value>(parameters, StringComparer.Ordinal);
        foreach (var derived in _template.Derived)
        {
            if (!Known(derived.Expression, scope)) continue;
            try
            {
                scope[derived.Name] = _evaluator.Evaluate(derived.Expression.Root, scope);
            }
            catch (EvaluationException)
            {
                // Unknown in this draw: the constraints that read it are not counted.
            }
        }
        for (var c = 0; c < _template.Constraints.Length; c++)
        {
            var condition = _template.Constraints[c].Condition;
            if (_waived?[c] == true || !Known(condition, scope)) continue;
            try
            {
                if (_evaluator.Evaluate(condition.Root, scope) is not BoolValue b) continue;
                _evaluated[c]++;
                if (b.Value) _held[c]++;
            }
            catch (EvaluationException)
            {
                // As for a derived value: not counted.
            }
        }
    }

    private static bool Known(CompiledExpression expression, Dictionary<string, Value> scope) =>
        ExpressionReferences.Of(expression.Root).All(scope.ContainsKey);

    /// <summary>The counted constraints, the least often met first (by the share of the draws that could evaluate them), then in the template's order.</summary>
    public IEnumerable<Constraint> Ranked() =>
        Enumerable.Range(0, _template.Constraints.Length)
            .Where(c => _waived?[c] != true)
            .OrderBy(c => _evaluated[c] == 0 ? 2.0 : (double)_held[c] / _evaluated[c])
            .ThenBy(c => c)
            .Select(c => _template.Constraints[c]);

    /// <summary>The constraint to blame: the one met least often.</summary>
    public Constraint Culprit => Ranked().First();

    /// <summary>
    /// Each constraint's count, the least often met first: "'sum(X) > 200' held in 0 of 1,000 draws (never);
    /// 'not pool_has_ties(X, 2)' held in 483 of 1,000". <paramref name="unit"/> names what a draw is ("draws",
    /// "combinations"). When every constraint holds in some share of the draws, it says that no draw met them all.
    /// </summary>
    public string Describe(string unit)
    {
        var text = new StringBuilder();
        var first = true;
        var rarest = double.MaxValue;
        foreach (var constraint in Ranked())
        {
            var c = _template.Constraints.IndexOf(constraint);
            if (!first) text.Append("; ");
            text.Append(constraint.Describe());
            if (_evaluated[c] == 0)
                text.Append(CultureInfo.InvariantCulture, $" could not be evaluated in any of the {Draws:N0} {unit}");
            else
            {
                text.Append(CultureInfo.InvariantCulture, $" held in {_held[c]:N0} of {_evaluated[c]:N0}");
                if (first) text.Append(' ').Append(unit);
                var notes = new List<string>();
                if (_held[c] == 0) notes.Add("never");
                else if (_held[c] * 100L < _evaluated[c]) notes.Add("almost never");
                if (_evaluated[c] < Draws) notes.Add(string.Create(CultureInfo.InvariantCulture, $"{Draws - _evaluated[c]:N0} others could not evaluate it"));
                if (notes.Count > 0) text.Append(" (").AppendJoin("; ", notes).Append(')');
                rarest = Math.Min(rarest, (double)_held[c] / _evaluated[c]);
            }
            first = false;
        }
        if (rarest >= 0.01 && rarest != double.MaxValue) text.Append(CultureInfo.InvariantCulture, $"; each holds on its own, but none of the {unit} met them all");
        return text.ToString();
    }
}
