using System.Diagnostics;
using DeepExam.Builtins;
using DeepExam.Composition;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Formats;
using DeepExam.Output;

namespace DeepExam.Runs;

/// <summary>
/// Generates a whole class: every student's exam sampled and solved once, in parallel, and handed to each selected output format's
/// writer (<see cref="OutputFormats"/>: by default the exam and solution PDFs, answer keys, blank answer sheets, and the class key
/// as CSV and as the instructor's PDF); class-wide files follow the roster. All or nothing: on any error the staging folder is
/// removed and the earlier output, if any, is untouched. Whatever the formats, the run records the version of every template
/// the exam can draw (exercise-versions.yaml), which grading checks.
/// </summary>
public static class ClassGeneration
{
    /// <param name="progress">
    /// Told how many students are done (every writer's roster-order step taken), from the one thread
    /// that takes those steps, in roster order: about a hundred times a run (never more often), and once at the end.
    /// </param>
    /// <summary>Written by every run, whatever the formats: grading needs it to check the templates.</summary>
    private static readonly OutputFile VersionsOutput =
        OutputFile.OnePerClass(ExerciseVersionsFile.Name, "the version of each exercise used, which grade --keys checks");

    public static GenerationSummary Run(GenerationRequest request, IProgress<GenerationProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var library = ExerciseLibrary.Open(request.ExercisesFolder, request.BundledExercises, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(request.BlueprintPath, library);
        var students = RosterLoader.Load(request.RosterPath);
        if (string.IsNullOrEmpty(request.Secret))
            throw new InputException(new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, "a secret is needed: pass --secret or set DEEPEXAM_SECRET", DiagnosticCodes.SecretMissing));

        var generator = new ExamGenerator(blueprint, library, request.Secret);
        var formats = OutputFormats.Select(request.Formats);
        using var output = OutputFolder.Create(request.OutputFolder, request.Force,
            [request.BlueprintPath, request.RosterPath, request.ExercisesFolder, .. request.BundledExercises is { } bundled ? [bundled] : Array.Empty<string>()], request.Cancellation);
        // Reporting every student would cost more than the report is worth; a hundredth of the class is often enough for a bar.
        var step = Math.Max(1, students.Length / 100);
        var writers = new List<IFormatWriter>(formats.Length);
        try
        {
            var target = new FormatTarget(output, blueprint, students.Length);
            foreach (var format in formats) writers.Add(format.Open(target));
            // Ordered so class-wide files follow the roster; PLINQ streams results as they are ready.
            var exams = students.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).WithCancellation(request.Cancellation).Select(student =>
            {
                // One sampling, many writers: each gets the same exam and the documents composed from it.
                var sheets = new StudentSheets(generator.Generate(student));
                var inOrder = new Action?[writers.Count];
                for (var i = 0; i < writers.Count; i++) inOrder[i] = writers[i].Write(sheets);
                return inOrder;
            });
            var done = 0;
            foreach (var inOrder in exams)
            {
                foreach (var rosterStep in inOrder) rosterStep?.Invoke();
                if (++done % step == 0 || done == students.Length) progress?.Report(new GenerationProgress(done, students.Length));
            }
            foreach (var writer in writers) writer.Finish();
            // Which template versions the variants came from, so grading can refuse templates changed since.
            output.WriteFile(ExerciseVersionsFile.Name, ExerciseVersionsFile.Write(blueprint.Id, ExerciseVersions.Of(blueprint, library)));
        }
        catch (Exception e) when (Problems(e).Any(x => x is InputException or Layout.LayoutException))
        {
            var diagnostics = Problems(e).SelectMany(x => x switch
            {
                InputException input => input.Diagnostics,
                Layout.LayoutException layout => [new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, layout.Message, DiagnosticCodes.PageCannotBeLaidOut)],
                _ => [],
            })
            // Every student whose draws meet no variant of a template reports it with their own counts: once is enough.
            .DistinctBy(d => d.Code == DiagnosticCodes.ConstraintsNeverMet ? (object)(d.Code, d.Subject) : d).Take(20);
            throw new InputException([.. diagnostics]);
        }
        finally
        {
            foreach (var writer in writers) writer.Dispose();
        }
        output.Commit();
        return new GenerationSummary(blueprint.Id, students.Length, [.. formats.SelectMany(f => f.Files), VersionsOutput], output.Target, output.Replaces, clock.Elapsed, [.. library.ShadowNotes, .. output.Notices]);
    }

    /// <summary>The errors of the parallel phase (wrapped by PLINQ) or of the serial one.</summary>
    private static IEnumerable<Exception> Problems(Exception e) => e is AggregateException a ? a.Flatten().InnerExceptions : [e];
}
