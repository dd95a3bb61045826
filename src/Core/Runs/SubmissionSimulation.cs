using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Output;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Runs;

/// <summary>
/// Writes filled-in answer sheets for a whole class, as if students had answered: per part, a seeded
/// mix of right answers (70%), known mistakes (15%), blanks (10%) and unreadable text (5%). For
/// rehearsing a grading run before the exam, and for the grading benchmark.
/// </summary>
public static class SubmissionSimulation
{
    public static SimulationSummary Run(string blueprintPath, string rosterPath, string exercisesFolder, string outputFolder, string secret, bool force,
        string? bundledFolder = null, CancellationToken cancellation = default)
    {
        var library = ExerciseLibrary.Open(exercisesFolder, bundledFolder, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(blueprintPath, library);
        var roster = RosterLoader.Load(rosterPath);
        var generator = new ExamGenerator(blueprint, library, secret, renderText: false);
        using var output = OutputFolder.Create(outputFolder, force, [blueprintPath, rosterPath, exercisesFolder], cancellation);
        roster.AsParallel().WithCancellation(cancellation).ForAll(student =>
            output.WriteFile($"{student.FileName}.yaml", Sheet(generator.Generate(student), secret)));
        output.Commit();
        return new SimulationSummary(roster.Length, output.Target, output.Replaces, output.Notices);
    }

    /// <summary>The student's answer sheet, filled in as <see cref="AnswerSheetWriter"/> lays it out, comments and all.</summary>
    public static string Sheet(StudentExam exam, string secret) =>
        AnswerSheetWriter.Write(exam, part =>
        {
            var roll = (int)VariantSeed.Random("simulate", secret, exam.Student.Id, part.Key).Below(100);
            // Only the mistakes of this variant: one whose 'when' is false here is not a mistake a student could make.
            var mistakes = Enumerable.Range(0, part.MistakeAnswers.Length).Where(part.MistakeApplies).ToList();
            return roll switch
            {
                < 70 => Flow(part.Answer),
                < 85 when mistakes.Count > 0 => Flow(Normalized(part, part.MistakeAnswers[mistakes[roll % mistakes.Count]]) ?? part.Answer),
                < 95 => "",
                _ => "\"not sure\"",
            };
        });

    private static Value? Normalized(SolvedPart part, Value value)
    {
        try { return AnswerShape.Normalize(part.Kind, value); }
        catch (Evaluation.EvaluationException) { return null; }
    }

    private static string Flow(Value value) => value switch
    {
        StringValue s => s.Value,
        ListValue l when l.Items.All(i => i is StringValue) => AnswerText.Format(value),
        _ => YamlText.Flow(value),
    };
}
