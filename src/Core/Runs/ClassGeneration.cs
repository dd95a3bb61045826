using System.Diagnostics;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Output;

namespace DeepExam.Runs;

/// <summary>
/// Generates a whole class: every student's exam solved in parallel, then per student an exam PDF, a solution PDF, an answer key
/// and a blank answer sheet, and one class key CSV in roster order. All or nothing: on any error the
/// staging folder is removed and the earlier output, if any, is untouched.
/// </summary>
public static class ClassGeneration
{
    public static GenerationSummary Run(GenerationRequest request, Action<int, int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var library = ExerciseLibrary.Load(request.ExercisesFolder, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(request.BlueprintPath, library);
        var students = RosterLoader.Load(request.RosterPath);
        if (string.IsNullOrEmpty(request.Secret))
            throw new InputException(new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, "a secret is needed: pass --secret or set DEEPEXAM_SECRET"));

        var generator = new ExamGenerator(blueprint, library, request.Secret);
        using var output = OutputFolder.Create(request.OutputFolder, request.Force,
            [request.BlueprintPath, request.RosterPath, request.ExercisesFolder]);
        foreach (var folder in new[] { "exams", "solutions", "keys", "answer-sheets" }) output.CreateFolder(folder);
        var done = 0;
        try
        {
            using (var csvText = output.OpenText("key.csv"))
            using (var classKey = new ClassKeyWriter(csvText))
            {
                // Ordered so the CSV follows the roster; PLINQ streams results as they are ready.
                var exams = students.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(student =>
                {
                    var exam = generator.Generate(student);
                    output.WriteFile($"keys/{student.FileName}.yaml", AnswerKeyWriter.Write(exam));
                    output.WriteFile($"answer-sheets/{student.FileName}.yaml", AnswerSheetWriter.Write(exam));
                    using (var examPdf = output.OpenWrite($"exams/{student.FileName}.pdf"))
                    using (var solutionPdf = output.OpenWrite($"solutions/{student.FileName}.pdf"))
                        Pdf.ExamPdfs.Write(exam, examPdf, solutionPdf);
                    progress?.Invoke(Interlocked.Increment(ref done), students.Length);
                    return exam;
                });
                foreach (var exam in exams) classKey.Write(exam);
            }
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.Any(x => x is InputException or Layout.LayoutException))
        {
            var diagnostics = e.Flatten().InnerExceptions.SelectMany(x => x switch
            {
                InputException input => input.Diagnostics,
                Layout.LayoutException layout => [new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, layout.Message)],
                _ => [],
            }).Distinct().Take(20);
            throw new InputException([.. diagnostics]);
        }
        output.Commit();
        return new GenerationSummary(blueprint.Id, students.Length, 4 * students.Length + 1, output.Target, output.Replaces, clock.Elapsed);
    }
}
