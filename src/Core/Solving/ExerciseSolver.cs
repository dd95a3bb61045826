using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Kinds;
using DeepExam.Sampling;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Solving;

/// <summary>
/// Samples and solves one exercise slot: the variant, every part's exact answer (later parts may use
/// earlier answers by part id), the known-mistake values, the option order, and the rendered text.
/// With <c>renderText</c> false only answers and option texts are produced: grading needs no prompts,
/// and rendering them is most of the cost of solving.
/// </summary>
public sealed class ExerciseSolver(ExpressionEvaluator evaluator, TextRenderer renderer, bool renderText = true)
{
    private readonly VariantSampler _sampler = new(evaluator);
    private readonly Working.WorkingTracer _tracer = new(evaluator);

    /// <param name="points">The exercise's total in the exam, shared among its parts by <see cref="Exams.PartPoints"/> (null: as written).</param>
    /// <param name="pins">Parameter values fixed by the blueprint instead of drawn (null: none).</param>
    public SolvedExercise Solve(ExerciseTemplate template, int slot, DeterministicRandom random, Numbers.Rational? points = null,
        IReadOnlyDictionary<string, Value>? pins = null)
    {
        var variant = _sampler.Sample(template, random, pins, out var scope);
        return Solve(template, slot, variant, scope, random, points);
    }

    /// <summary>Solves a variant made elsewhere (validate enumerates small spaces); <paramref name="random"/> orders the options.</summary>
    public SolvedExercise Solve(ExerciseTemplate template, int slot, Variant variant, DeterministicRandom random, Numbers.Rational? points = null) =>
        Solve(template, slot, variant, variant.Scope(room: template.Parts.Length), random, points);

    /// <param name="scope">The variant's values by name (the solver adds each part's answer to it, and the solved exercise keeps it).</param>
    private SolvedExercise Solve(ExerciseTemplate template, int slot, Variant variant, Dictionary<string, Value> scope, DeterministicRandom random, Numbers.Rational? points)
    {
        var (keys, sharedPoints) = SlotParts(template, slot, points);
        var partPoints = sharedPoints
            ?? throw new InputException(new Diagnostic(template.Parts[0].Location, template.Id,
                $"{(points is { } p ? Exams.PointsFormat.Decimal(p) : "")} points cannot be shared among the {template.Parts.Length} parts in steps of 1/4 without a part getting none; give the exercise more points", DiagnosticCodes.PointsCannotBeShared));
        var parts = ImmutableArray.CreateBuilder<SolvedPart>(template.Parts.Length);
        var answered = new List<(PartTemplate Part, Value Answer, ImmutableArray<SolvedOption> Options)>(template.Parts.Length);
        foreach (var part in template.Parts)
        {
            var options = SolveOptions(template, part, scope, random);
            var kind = AnswerKinds.Of(part.Kind);
            Value answer;
            if (kind is ChosenAnswerKind chosen)
                answer = ChoiceAnswer(template, part, chosen, options, scope);
            else
            {
                var raw = evaluator.Evaluate(template, part.Answer!, scope, "answer of part", part.Id);
                try { answer = kind.Normalize(raw); }
                catch (EvaluationException e) { throw TemplateEvaluation.Failure(template, part.Answer!.Location, $"part '{part.Id}': {e.Message}", scope, DiagnosticCodes.AnswerNotOfKind); }
            }
            scope[part.Id] = answer;
            answered.Add((part, answer, options));
        }

        // Texts and mistakes are computed once every answer is known: a solution may quote any of them.
        var working = renderText ? _tracer.Trace(template, scope) : [];
        var index = 0;
        foreach (var (part, answer, options) in answered)
        {
            var mistakes = part.Mistakes.IsEmpty ? NoMistakes : MistakesOf(template, part, scope);
            // Generating a sheet evaluates them at once, so that a broken mistake rule stops generation
            // rather than surfacing while grading.
            if (renderText) _ = mistakes.Value;
            var feedback = renderText
                ? part.Mistakes.Select((m, i) => mistakes.Value[i] is NoneValue ? "" : Render(template, m.Feedback, scope)).ToImmutableArray()
                : [];
            parts.Add(new SolvedPart(part, keys[index], partPoints.Points[index], answer, mistakes, feedback, options,
                Text(template, part.Prompt, scope), Text(template, part.Solution, scope))
            { Working = renderText ? working[index] : [] });
            index++;
        }
        return new SolvedExercise(template, slot, variant, Text(template, template.Statement, scope), parts.MoveToImmutable(), scope);
    }

    private static readonly Lazy<ImmutableArray<Value>> NoMistakes = new(ImmutableArray<Value>.Empty);

    /// <summary>
    /// A part's mistake values, evaluated on first use. Publication only: the evaluation is pure, so a race could at worst
    /// compute the same values twice, and this mode needs no lock object per part, as the default mode does.
    /// </summary>
    private Lazy<ImmutableArray<Value>> MistakesOf(ExerciseTemplate template, PartTemplate part, Dictionary<string, Value> scope) =>
        new(() => [.. part.Mistakes.Select(m => Mistake(template, part, m, scope))], LazyThreadSafetyMode.PublicationOnly);

    /// <summary>
    /// The parts' keys ("3.a") and points in a slot, the same for every student who gets the template there: made once
    /// per template, slot and total, and shared by all their solved parts (a class of 10,000 would otherwise keep
    /// 10,000 copies of each key until its grades are written).
    /// </summary>
    private (ImmutableArray<string> Keys, Exams.PartPoints? Points) SlotParts(ExerciseTemplate template, int slot, Numbers.Rational? points) =>
        _slotParts.GetValue(template, _ => new()).GetOrAdd((slot, points.HasValue, points.GetValueOrDefault()), static (key, template) =>
            ([.. template.Parts.Select(p => $"{key.Slot}.{p.Id}")],
             Exams.PartPoints.Of([.. template.Parts.Select(p => p.Points)], key.HasPoints ? key.Points : null)), template);

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ExerciseTemplate,
        System.Collections.Concurrent.ConcurrentDictionary<(int Slot, bool HasPoints, Numbers.Rational Points), (ImmutableArray<string> Keys, Exams.PartPoints? Points)>> _slotParts = new();

    /// <summary>The value of a known mistake in this variant; <c>none</c> when its <c>when</c> is false, like the rule's condition in <c>?:</c>, so its answer is not evaluated.</summary>
    private Value Mistake(ExerciseTemplate template, PartTemplate part, MistakeRule mistake, Dictionary<string, Value> scope)
    {
        if (mistake.When is { } when)
        {
            var holds = evaluator.Evaluate(template, when, scope, "'when' of a mistake in part", part.Id);
            if (holds is not BoolValue applies)
                throw TemplateEvaluation.Failure(template, when.Location, $"a mistake's 'when' must be true or false, got {holds.Describe()}", scope, DiagnosticCodes.MistakeConditionNotBoolean);
            if (!applies.Value) return NoneValue.Instance;
        }
        return evaluator.Evaluate(template, mistake.Answer, scope, "mistake in part", part.Id);
    }

    private ImmutableArray<SolvedOption> SolveOptions(ExerciseTemplate template, PartTemplate part, Dictionary<string, Value> scope, DeterministicRandom random)
    {
        return part.Options.IsEmpty ? [] : ShuffledOptions(template, part, scope, random);
    }

    // Apart from SolveOptions so that a part without options does not allocate the lambda's captured variables.
    private ImmutableArray<SolvedOption> ShuffledOptions(ExerciseTemplate template, PartTemplate part, Dictionary<string, Value> scope, DeterministicRandom random)
    {
        var order = part.Shuffle ? random.Permutation(part.Options.Length) : [.. Enumerable.Range(0, part.Options.Length)];
        return [.. order.Select((original, shown) =>
        {
            var option = part.Options[original];
            var correct = evaluator.Evaluate(template, option.Correct, scope, "'correct' of an option of part", part.Id);
            if (correct is not BoolValue b)
                throw TemplateEvaluation.Failure(template, option.Correct.Location, $"'correct' must be true or false, got {correct.Describe()}", scope, DiagnosticCodes.OptionCorrectNotBoolean);
            return new SolvedOption(((char)('A' + shown)).ToString(), Render(template, option.Text, scope), b.Value, original);
        })];
    }

    private static Value ChoiceAnswer(ExerciseTemplate template, PartTemplate part, ChosenAnswerKind kind, ImmutableArray<SolvedOption> options, Dictionary<string, Value> scope)
    {
        try { return kind.FromCorrectOptions([.. options.Where(o => o.Correct).Select(o => o.Letter)]); }
        catch (EvaluationException e) { throw TemplateEvaluation.Failure(template, part.Location, $"{kind.Name} part '{part.Id}' {e.Message}", scope, DiagnosticCodes.CorrectOptionsDoNotFitKind); }
    }

    private string Text(ExerciseTemplate template, TextTemplate text, Dictionary<string, Value> scope) =>
        renderText ? Render(template, text, scope) : "";

    /// <summary>Renders one of the exercise's texts against a solved scope (the grader renders matched feedback this way).</summary>
    public string Render(ExerciseTemplate template, TextTemplate text, IReadOnlyDictionary<string, Value> scope)
    {
        try
        {
            return renderer.Render(text.Source, scope);
        }
        catch (Exception e) when (e is not (InputException or OutOfMemoryException))
        {
            throw TemplateEvaluation.Failure(template, text.Location, $"text does not render: {e.Message}", scope, DiagnosticCodes.TextFailsInVariant);
        }
    }
}
