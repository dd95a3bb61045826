using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Documents.Math;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;

namespace DeepExam.Runs;

/// <summary>
/// The `validate` command's work: solve variants of a template and report what broke. A parameter space of at
/// most as many combinations as the samples asked for is enumerated whole, so a fault or an overlap in a single
/// combination cannot be missed; a larger one is sampled from fixed seeds, a stress test in the spirit of R/exams'
/// stresstest_exercise.
/// </summary>
public static class TemplateValidation
{
    /// <summary>Variants per template when none is asked for: the `validate` command's default and what the tests sample.</summary>
    public const int DefaultSamples = 1000;

    public static TemplateReport Validate(ExerciseTemplate template, int samples)
    {
        var evaluator = new ExpressionEvaluator(BuiltinRegistry.Default);
        var solver = new ExerciseSolver(evaluator, new TextRenderer());
        return ParameterSpace.Of(template, samples) is { } space
            ? Enumerate(template, space, evaluator, solver)
            : Sample(template, samples, solver);
    }

    private static TemplateReport Sample(ExerciseTemplate template, int samples, ExerciseSolver solver)
    {
        var tally = new ValidationTally(template);
        Parallel.For(0, samples, i => Check(template, tally, i, checkFigures: i < FigureCheckedSamples,
            random => solver.Solve(template, 1, random)));
        var space = template.Parameters.Aggregate(1.0, (s, p) => Math.Min(s * p.Domain.Size, 1e300));
        return new TemplateReport(template.Id, template.File, samples, tally.DistinctVariants, space, tally.MeanAttempts,
            tally.Errors(), tally.Overlaps(), Enumerated: false, Rejected: 0)
        { RawNames = tally.RawNames() };
    }

    /// <summary>
    /// Every combination: first each is checked against the constraints (one that fails is counted as rejected, not
    /// an error), then every accepted one is solved. Two passes keep the variants whose text is checked the first
    /// accepted ones, whatever the order the parallel checks finish in.
    /// </summary>
    private static TemplateReport Enumerate(ExerciseTemplate template, ParameterSpace space, ExpressionEvaluator evaluator, ExerciseSolver solver)
    {
        var combinations = new CombinationEvaluator(evaluator);
        var tally = new ValidationTally(template);
        var outcomes = new CombinationOutcome?[space.Count];
        Parallel.For(0, space.Count, i =>
        {
            try { outcomes[i] = combinations.Evaluate(template, space.Combination(i)); }
            catch (InputException e) { tally.Add(e, order: i); }
        });
        var accepted = Enumerable.Range(0, space.Count).Where(i => outcomes[i] is { Accepted: true }).ToArray();
        Parallel.For(0, accepted.Length, j => Check(template, tally, accepted[j], checkFigures: j < FigureCheckedSamples,
            random => solver.Solve(template, 1, outcomes[accepted[j]]!.Variant!, random)));

        var rejected = outcomes.Count(o => o?.RejectedBy is not null);
        if (rejected == space.Count)
        {
            // Only now, every constraint on every combination: which is never met, not only which was checked first.
            var census = new ConstraintCensus(template, evaluator);
            for (var i = 0; i < space.Count; i++) census.Add(space.Combination(i));
            tally.Add(new Diagnostic(census.Culprit.Condition.Location, template.Id,
                string.Create(CultureInfo.InvariantCulture, $"no variant meets the constraints: all {space.Count:N0} combinations of the parameters were tried: {census.Describe("combinations")}. Widen the parameter ranges or relax the constraint"),
                DiagnosticCodes.ConstraintsNeverMet), DiagnosticCodes.ConstraintsNeverMet.Id, order: 0);
        }
        return new TemplateReport(template.Id, template.File, space.Count, tally.DistinctVariants, space.Count,
            accepted.Length == 0 ? 0 : (double)space.Count / accepted.Length, tally.Errors(), tally.Overlaps(), Enumerated: true, Rejected: rejected)
        { RawNames = tally.RawNames() };
    }

    /// <summary>
    /// Solves one variant, its options ordered by the seed of number <paramref name="seed"/>, and records what it shows:
    /// its mistakes against its answers, how each of its texts is typeset (every text that reads differently from those of
    /// the variants checked before) and, in the first variants, its figures.
    /// </summary>
    private static void Check(ExerciseTemplate template, ValidationTally tally, int seed, bool checkFigures, Func<DeterministicRandom, SolvedExercise> solve)
    {
        try
        {
            var solved = solve(VariantSeed.Random("validate", template.Id, seed.ToString(CultureInfo.InvariantCulture), "0"));
            tally.Add(solved);
            var texts = Texts(template, solved);
            // A text that reads the same in another variant (a prompt without numbers) is typeset once.
            CheckTypesetting(template, [.. texts.Where(tally.FirstTypesetting)], (d, kind) => tally.Add(d, kind, seed));
            if (checkFigures) FigureCheck.Check(template, texts, (d, kind) => tally.Add(d, kind, seed));
            if (checkFigures) CheckRawNames(template, solved, tally);
        }
        catch (InputException e)
        {
            tally.Add(e, seed);
        }
    }

    /// <summary>
    /// How many variants' figures are checked (spec and size on the page): a figure is built from the
    /// variant's values, so one variant's can be wrong or too wide where another's is not.
    /// </summary>
    private const int FigureCheckedSamples = 200;

    /// <summary>The texts a variant shows: what each is, its template and its rendered Markdown.</summary>
    private static List<RenderedText> Texts(ExerciseTemplate template, SolvedExercise solved)
    {
        var texts = new List<RenderedText> { new("statement", template.Statement, solved.Statement) };
        foreach (var part in solved.Parts)
        {
            texts.Add(new($"prompt of part '{part.Id}'", part.Template.Prompt, part.Prompt));
            texts.Add(new($"solution of part '{part.Id}'", part.Template.Solution, part.Solution));
            texts.AddRange(part.Options.Select(o => new RenderedText($"an option of part '{part.Id}'", part.Template.Options[o.OriginalIndex].Text, o.Text)));
            // Feedback is typeset on the grader's feedback sheets.
            texts.AddRange(part.MistakeFeedback.Select((f, m) => new RenderedText($"feedback of a mistake of part '{part.Id}'", part.Template.Mistakes[m].Feedback, f)));
            // The working is generated, not written, but it is typeset all the same: a problem here is ours, and shows.
            if (!part.Working.IsEmpty) texts.Add(new($"working of part '{part.Id}'", part.Template.Solution, Working.WorkingMarkdown.Write(part.Working)));
        }
        return texts;
    }

    // --- Raw names in the working (Working.RawNameCheck): a warning per name, on the variants whose TeX is checked.
    private static void CheckRawNames(ExerciseTemplate template, SolvedExercise solved, ValidationTally tally)
    {
        foreach (var raw in Working.RawNameCheck.Find(template, solved.Scope, new ExpressionEvaluator(BuiltinRegistry.Default)))
        {
            var derived = template.Derived.FirstOrDefault(d => d.Name == raw.Name);
            var location = derived?.Expression.Location
                ?? template.Parameters.FirstOrDefault(p => p.Name == raw.Name)?.Location
                ?? template.Parts.First(p => p.Id == raw.PartId).Location;
            tally.AddRawName(raw.PartId, raw.Name, location, raw.Tex, isDerived: derived is not null);
        }
    }
    // --- end of raw names

    /// <summary>
    /// How each text is typeset: TeX the typesetter cannot set, an unsupported command at the line that writes it with
    /// the supported commands nearest to it (DX0301), malformed TeX at the text (DX0302); and characters the face they
    /// are set in has no glyph for (DX0303, <see cref="GlyphCheck"/>).
    /// </summary>
    private static void CheckTypesetting(ExerciseTemplate template, List<RenderedText> texts, Action<Diagnostic, string> report)
    {
        foreach (var text in texts)
        {
            var (what, source, rendered) = text;
            var document = Documents.MarkdownToDocument.Convert(rendered);
            GlyphCheck.Check(template, text, document.Blocks, report);
            foreach (var problem in document.Problems.Distinct())
            {
                var (location, code) = problem.Kind == TexProblemKind.Unsupported
                    ? (TextPosition.Find(source, problem.Command) ?? source.Location, DiagnosticCodes.UnsupportedTex)
                    : (source.Location, DiagnosticCodes.MalformedTex);
                report(new Diagnostic(location, template.Id, $"{what}: TeX {problem}", code), $"tex|{problem.Command}");
            }
        }
    }
}
