using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Diagnostics;
using DeepExam.Expressions;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// Samples a variant by rejection: draw every parameter, compute derived values in order, and start
/// again as soon as a constraint fails. Each constraint is checked as early as the names it reads are
/// known, so a constraint such as <c>K &lt;= W</c> can guard a derived <c>conv_out(W, K)</c> below it.
/// Pinned parameters (a blueprint's fixed values) take their given value and no random draw, so the
/// others are drawn from the stream in order as if the pinned ones were not there; without pins the
/// stream is used exactly as always. A distinguishing constraint the pins decide on their own is waived
/// (<see cref="PinnedConstraints.Waived"/>). When no draw passes in <c>max_tries</c>, the same draws are made again
/// and every constraint counted on each (<see cref="ConstraintCensus"/>), so the report names the one met least often.
/// </summary>
public sealed class VariantSampler(ExpressionEvaluator evaluator)
{
    private static readonly IReadOnlyDictionary<string, Value> NoPins = new Dictionary<string, Value>();

    // Where each constraint is checked depends only on the template; a class samples each template thousands of times.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExerciseTemplate, int[]> _checkpoints = new();

    /// <param name="pins">Values that replace the draw of the parameters they name (checked by the caller to fit the domain).</param>
    public Variant Sample(ExerciseTemplate template, DeterministicRandom random, IReadOnlyDictionary<string, Value>? pins = null) =>
        Sample(template, random, pins, out _);

    /// <param name="acceptedScope">
    /// The accepted variant's parameters and derived values by name, in the template's order, with room for one more name per
    /// part: the solver adds each part's answer to it instead of building the same dictionary again from the variant.
    /// </param>
    public Variant Sample(ExerciseTemplate template, DeterministicRandom random, IReadOnlyDictionary<string, Value>? pins, out Dictionary<string, Value> acceptedScope)
    {
        pins ??= NoPins;
        // With every parameter pinned each attempt is the same, so one is enough to know.
        var allPinned = pins.Count > 0 && template.Parameters.All(p => pins.ContainsKey(p.Name));
        var maxTries = allPinned ? 1 : template.MaxTries;
        var checkpoints = _checkpoints.GetValue(template, ConstraintCheckpoints);
        var failures = new int[template.Constraints.Length];
        // Where the draws started: only when none passes are they drawn again, to count each constraint on its own.
        var start = random.Copy();
        var waived = pins.Count == 0 ? null : PinnedConstraints.Waived(template, pins.Keys);
        // One scope and two builders serve every attempt: a rejected draw is cleared, not reallocated.
        var scope = new Dictionary<string, Value>(template.Parameters.Length + template.Derived.Length + template.Parts.Length, StringComparer.Ordinal);
        acceptedScope = scope;
        var parameters = ImmutableArray.CreateBuilder<NamedValue>(template.Parameters.Length);
        var derived = ImmutableArray.CreateBuilder<NamedValue>(template.Derived.Length);
        for (var attempt = 1; attempt <= maxTries; attempt++)
        {
            scope.Clear();
            parameters.Clear();
            derived.Clear();
            foreach (var p in template.Parameters)
            {
                var value = pins.TryGetValue(p.Name, out var pinned) ? pinned : ParameterSampler.Sample(p.Domain, random);
                scope[p.Name] = value;
                parameters.Add(new NamedValue(p.Name, value));
            }
            var accepted = Passes(-1);
            for (var i = 0; accepted && i < template.Derived.Length; i++)
            {
                var d = template.Derived[i];
                var value = evaluator.Evaluate(template, d.Expression, scope, "derived", d.Name);
                scope[d.Name] = value;
                derived.Add(new NamedValue(d.Name, value));
                accepted = Passes(i);
            }
            if (accepted) return new Variant(parameters.MoveToImmutable(), derived.ToImmutable(), attempt);

            bool Passes(int checkpoint)
            {
                for (var c = 0; c < template.Constraints.Length; c++)
                {
                    if (checkpoints[c] != checkpoint || waived?[c] == true) continue;
                    var constraint = template.Constraints[c];
                    var result = evaluator.Evaluate(template, constraint.Condition, scope, "constraint");
                    if (result is not BoolValue b)
                        throw TemplateEvaluation.Failure(template, constraint.Condition.Location, $"constraint '{constraint.Condition.Source}' must be true or false, got {result.Describe()}", scope, DiagnosticCodes.ConstraintNotBoolean);
                    if (!b.Value) { failures[c]++; return false; }
                }
                return true;
            }
        }
        var pinnedText = string.Join(", ", template.Parameters.Where(p => pins.ContainsKey(p.Name)).Select(p => $"{p.Name}={pins[p.Name]}"));
        if (allPinned)
        {
            var culprit = template.Constraints[Array.FindIndex(failures, f => f > 0)];
            throw new InputException(new Diagnostic(culprit.Condition.Location, template.Id, $"the pinned values {pinnedText} do not meet constraint {culprit.Describe()}", DiagnosticCodes.PinnedValuesBreakConstraint));
        }
        throw new InputException(Unmet(template, start, pins, waived, maxTries, pinnedText));
    }

    /// <summary>
    /// The report of a sampling in which no draw met the constraints: the same draws again, from where they started,
    /// with every constraint evaluated on each (<see cref="ConstraintCensus"/>), at the one met least often.
    /// </summary>
    private Diagnostic Unmet(ExerciseTemplate template, DeterministicRandom random, IReadOnlyDictionary<string, Value> pins, bool[]? waived, int draws, string pinnedText)
    {
        var census = new ConstraintCensus(template, evaluator, waived);
        for (var draw = 0; draw < draws; draw++)
            census.Add(template.Parameters.ToDictionary(p => p.Name, p => pins.TryGetValue(p.Name, out var pinned) ? pinned : ParameterSampler.Sample(p.Domain, random), StringComparer.Ordinal));
        return new Diagnostic(census.Culprit.Condition.Location, template.Id,
            string.Create(CultureInfo.InvariantCulture, $"no variant met the constraints in {draws:N0} draws{(pins.Count > 0 ? $" with {pinnedText} pinned" : "")}: {census.Describe("draws")}. Widen the parameter ranges or relax the constraint"),
            DiagnosticCodes.ConstraintsNeverMet);
    }

    /// <summary>For each constraint, the index of the last derived value it needs (-1: parameters only).</summary>
    private static int[] ConstraintCheckpoints(ExerciseTemplate template)
    {
        var derivedIndex = template.Derived.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return [.. template.Constraints.Select(c =>
            ExpressionReferences.Of(c.Condition.Root).Select(n => derivedIndex.TryGetValue(n, out var i) ? i : -1).DefaultIfEmpty(-1).Max())];
    }
}
