using System.Diagnostics;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Output;

namespace DeepExam.Runs;

/// <summary>
/// Generates a whole class: every student's exam solved in parallel, then per student an exam PDF, a solution PDF, an answer key
/// and a blank answer sheet, and the class key as CSV and as the instructor's PDF, in roster order, and the versions of the templates used. All or nothing: on any error the
/// staging folder is removed and the earlier output, if any, is untouched.
/// </summary>
public static class ClassGeneration
{
    /// <param name="progress">
    /// Told how many students are done, from the one thread that writes the class key, in roster
    /// order: about a hundred times a run (never more often), and once at the end.
    /// </param>
    public static GenerationSummary Run(GenerationRequest request, IProgress<GenerationProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var library = ExerciseLibrary.Open(request.ExercisesFolder, request.BundledExercises, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(request.BlueprintPath, library);
        var students = RosterLoader.Load(request.RosterPath);
        if (string.IsNullOrEmpty(request.Secret))
            throw new InputException(new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, "a secret is needed: pass --secret or set DEEPEXAM_SECRET"));

        var generator = new ExamGenerator(blueprint, library, request.Secret);
        using var output = OutputFolder.Create(request.OutputFolder, request.Force,
            [request.BlueprintPath, request.RosterPath, request.ExercisesFolder, .. request.BundledExercises is { } bundled ? [bundled] : Array.Empty<string>()], request.Cancellation);
        foreach (var folder in new[] { "exams", "solutions", "keys", "answer-sheets" }) output.CreateFolder(folder);
        // Reporting every student would cost more than the report is worth; a hundredth of the class is often enough for a bar.
        var step = Math.Max(1, students.Length / 100);
        try
        {
            using (var csvText = output.OpenText("key.csv"))
            using (var classKey = new ClassKeyWriter(csvText))
            using (var keyPdf = new Pdf.InstructorKeyPdf(blueprint))
            {
                // Ordered so the CSV follows the roster; PLINQ streams results as they are ready.
                var exams = students.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).WithCancellation(request.Cancellation).Select(student =>
                {
                    var exam = generator.Generate(student);
                    output.WriteFile($"keys/{student.FileName}.yaml", AnswerKeyWriter.Write(exam));
                    output.WriteFile($"answer-sheets/{student.FileName}.yaml", AnswerSheetWriter.Write(exam));
                    using (var examPdf = output.OpenWrite($"exams/{student.FileName}.pdf"))
                    using (var solutionPdf = output.OpenWrite($"solutions/{student.FileName}.pdf"))
                        Pdf.ExamPdfs.Write(exam, examPdf, solutionPdf);
                    // The key's page of this student is laid out here, in parallel; only the filling of pages is serial.
                    return (exam, Key: Pdf.InstructorKeyPdf.Layout(exam));
                });
                var done = 0;
                foreach (var (exam, key) in exams)
                {
                    classKey.Write(exam);
                    keyPdf.Add(key);
                    if (++done % step == 0 || done == students.Length) progress?.Report(new GenerationProgress(done, students.Length));
                }
                using var keyPdfFile = output.OpenWrite("key.pdf");
                keyPdf.Write(keyPdfFile);
            }
            // Which template versions the variants came from, so grading can refuse templates changed since.
            output.WriteFile(ExerciseVersionsFile.Name, ExerciseVersionsFile.Write(blueprint.Id, ExerciseVersions.Of(blueprint, library)));
        }
        catch (Exception e) when (Problems(e).Any(x => x is InputException or Layout.LayoutException))
        {
            var diagnostics = Problems(e).SelectMany(x => x switch
            {
                InputException input => input.Diagnostics,
                Layout.LayoutException layout => [new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, layout.Message)],
                _ => [],
            })
            // Every student whose draws meet no variant of a template reports it with their own counts: once is enough.
            .DistinctBy(d => d.Code == DiagnosticCodes.ConstraintsNeverMet ? (object)(d.Code, d.Subject) : d).Take(20);
            throw new InputException([.. diagnostics]);
        }
        output.Commit();
        return new GenerationSummary(blueprint.Id, students.Length, 4 * students.Length + 3, output.Target, output.Replaces, clock.Elapsed, [.. library.ShadowNotes, .. output.Notices]);
    }

    /// <summary>The errors of the parallel phase (wrapped by PLINQ) or of the serial one.</summary>
    private static IEnumerable<Exception> Problems(Exception e) => e is AggregateException a ? a.Flatten().InnerExceptions : [e];
}
