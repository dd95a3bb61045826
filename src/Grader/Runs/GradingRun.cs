using System.Collections.Immutable;
using System.Diagnostics;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Reports.Pdf;
using DeepExam.Grading.Scoring;
using DeepExam.Grading.Submissions;
using DeepExam.Output;

namespace DeepExam.Grading.Runs;

/// <summary>
/// Grades a folder of submissions: every roster student gets a row whatever happened to their file,
/// no bad file stops the batch, the submissions folder is only read, and the reports are written as a
/// whole into a fresh output folder (an earlier one is replaced only with force).
/// </summary>
public static class GradingRun
{
    public static GradingOutcome Run(GradingRequest request, Action<int, int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var library = ExerciseLibrary.Open(request.ExercisesFolder, request.BundledExercises, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(request.BlueprintPath, library);
        var versionNotes = request.KeysFolder is { } keys ? ExerciseVersionCheck.Run(keys, blueprint, library)
            : [$"template versions not checked: pass --keys <the folder generate wrote> to check that no template changed since"];
        var roster = RosterLoader.Load(request.RosterPath);
        if (string.IsNullOrEmpty(request.Secret))
            throw new InputException(new Diagnostic(new SourceLocation(request.BlueprintPath, 1, 1), blueprint.Id, "the exam's secret is needed to recompute the variants: pass --secret or set DEEPEXAM_SECRET", DiagnosticCodes.SecretMissing));
        if (!Directory.Exists(request.SubmissionsFolder) && !SubmissionArchive.IsArchive(request.SubmissionsFolder))
            throw new InputException(new Diagnostic(new SourceLocation(request.SubmissionsFolder, 1, 1), null, "submissions folder or ZIP not found", DiagnosticCodes.SubmissionsFolderNotFound));

        using var output = OutputFolder.Create(request.OutputFolder, request.Force,
            [request.BlueprintPath, request.RosterPath, request.ExercisesFolder, request.SubmissionsFolder, .. request.BundledExercises is { } bundled ? [bundled] : Array.Empty<string>()],
            request.Cancellation);

        var (submissions, issues, filesRead) = ReadSubmissions(request, roster, blueprint.Id);

        var generator = new ExamGenerator(blueprint, library, request.Secret, renderText: false);
        var grader = new SubmissionGrader(generator.Solver);
        var done = 0;
        var statistics = new StatisticsCollector();
        // What the reports after the loop need of each student, not the whole grade (see GradedStudent).
        var results = new (GradedStudent Student, string? PdfProblem)[roster.Length];
        // Students are handed out a few at a time to whichever thread is free, not as a fixed half of the roster per
        // thread (PLINQ's partitioning of an array): with halves, one core sat idle for the last half second or more
        // while the other finished its half. Each result lands at the student's index, so what follows keeps roster order.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = request.Cancellation };
        Parallel.For(0, roster.Length, parallel, index =>
        {
            var student = roster[index];
            var exam = generator.Generate(student);
            StudentGrade grade;
            // Let go of once graded: the class's parsed files (about 90 MB for 10,000) need not last the run.
            var match = submissions[index];
            submissions[index] = null;
            try
            {
                if (match is null) grade = grader.Grade(exam, null, []);
                else if (match.Read.Submission is null) grade = SubmissionGrader.Ungraded(exam, SubmissionStatus.Unreadable, match.Read.File.Name, match.Notes.Add(match.Read.Problem!));
                else grade = grader.Grade(exam, match.Read.Submission, match.Notes);
            }
            catch (Exception e) when (e is not (OutOfMemoryException or InputException))
            {
                // A bug in the grader must cost one row, not the batch; the row says so.
                grade = SubmissionGrader.Ungraded(exam, SubmissionStatus.GradingError, match?.Read.File.Name,
                    [$"could not be graded because of an internal error ({e.GetType().Name}: {e.Message}); please report it"]);
            }
            var printed = PrintedPoints.Of(grade);
            // Composed in a buffer the thread keeps and written with one system call: a StreamWriter per student
            // allocated its buffers (about 8 KB) for every file.
            var yaml = _yamlBuffer ??= new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            yaml.GetStringBuilder().Clear();
            FeedbackWriter.Write(grade, printed, blueprint.Id, yaml);
            output.WriteFile($"feedback/{student.FileName}.yaml", yaml.GetStringBuilder());
            var pdfProblem = request.FeedbackPdfs ? WriteFeedbackPdf(output, grade, exam) : null;
            statistics.Add(index, grade, printed, slot => ExerciseIn(exam, slot));
            progress?.Invoke(Interlocked.Increment(ref done), roster.Length);
            results[index] = (GradedStudent.Of(grade, printed), pdfProblem);
        });

        var grades = results.Select(r => r.Student).ToImmutableArray();
        foreach (var grade in grades)
        {
            if (grade.Status == SubmissionStatus.Missing) issues.Add(new GradingIssue("", grade.Student.Id, "no submission"));
            else if (grade.Status != SubmissionStatus.Graded || !grade.Notes.IsEmpty)
                foreach (var note in grade.Notes.DefaultIfEmpty(SubmissionStatuses.Name(grade.Status)))
                    issues.Add(new GradingIssue(grade.File ?? "", grade.Student.Id, note));
        }
        foreach (var r in results.Where(r => r.PdfProblem is not null))
            issues.Add(new GradingIssue(r.Student.File ?? "", r.Student.Student.Id, r.PdfProblem!));

        var extraColumns = RosterColumns.Load(request.RosterPath);
        using (var text = output.OpenText("grades.csv")) GradebookWriter.Write(text, grades, extraColumns);
        if (request.Gradebook is { } lms)
            using (var text = output.OpenText(LmsGradebookWriter.FileName(lms))) LmsGradebookWriter.Write(text, lms, grades, extraColumns, blueprint.Title);
        if (request.FeedbackPdfs && grades.Any(g => FeedbackUploadWriter.EntryFor(g) is not null))
            using (var zip = output.OpenWrite(FeedbackUploadWriter.FileName)) FeedbackUploadWriter.Write(zip, grades, Path.Combine(output.Staging, "feedback"));
        using (var text = output.OpenText("report.csv")) IssueReportWriter.Write(text, issues);
        var partStatistics = statistics.Build();
        output.WriteFile("stats.yaml", StatisticsWriter.Write(partStatistics));
        output.Commit();
        return new GradingOutcome(blueprint, grades, [.. issues], partStatistics, output.Target, output.Replaces, filesRead, clock.Elapsed, request.FeedbackPdfs, [.. library.ShadowNotes, .. versionNotes, .. output.Notices]);
    }

    /// <summary>
    /// Reads the submissions and decides which file counts for whom: each roster student's file (or none) by roster
    /// index, the report's lines about files, and how many files were read. Nothing else of the folder is kept, so a
    /// student's parsed file is garbage once the loop drops it from the array.
    /// </summary>
    private static (SubmissionMatcher.Match?[] ByIndex, List<GradingIssue> Issues, int Files) ReadSubmissions(GradingRequest request, ImmutableArray<Student> roster, string examId)
    {
        // A ZIP (an LMS's "download all submissions") is read in memory, entry by entry, never extracted.
        var folder = SubmissionArchive.IsArchive(request.SubmissionsFolder) ? SubmissionArchive.Read(request.SubmissionsFolder) : SubmissionFolder.Read(request.SubmissionsFolder);
        var (matches, issues) = SubmissionMatcher.Assign(folder.Reads, roster, examId, student => CheckCode.For(examId, request.Secret, student.Id));
        issues.InsertRange(0, folder.Skipped.Select(s => new GradingIssue(s.Name, "", s.Problem)));
        return ([.. roster.Select(s => matches.GetValueOrDefault(s.Id))], issues, folder.Reads.Length);
    }

    /// <summary>The id of the exercise the student got in a slot (a loop: it is asked once per part of every student).</summary>
    private static string ExerciseIn(StudentExam exam, int slot)
    {
        foreach (var exercise in exam.Exercises)
            if (exercise.Slot == slot) return exercise.Template.Id;
        throw new InvalidOperationException($"the exam has no slot {slot}");
    }

    /// <summary>
    /// Writes the student's feedback PDF, streamed: one document in memory per thread at a time. A
    /// PDF that cannot be made (a layout problem, a bug) costs that PDF, not the batch, and leaves no
    /// half-written file; the returned problem goes into the report.
    /// </summary>
    private static string? WriteFeedbackPdf(OutputFolder output, StudentGrade grade, StudentExam exam)
    {
        // Each thread keeps its buffer from one student to the next: a fresh one per PDF was 370 MB of a
        // 10,000-student run's allocation (only the largest PDF's size stays allocated).
        var pdf = _pdfBuffer ??= new MemoryStream();
        pdf.SetLength(0);
        try
        {
            FeedbackPdf.Write(grade, exam, pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"the feedback PDF could not be written ({e.Message}); the feedback YAML is complete";
        }
        // Written in one write, past a file stream's buffer, which it would allocate (64 KB) to copy a PDF smaller
        // than it into: another 500 MB of allocation for 10,000 students.
        output.WriteFile($"feedback/{grade.Student.FileName}.pdf", pdf.GetBuffer().AsSpan(0, (int)pdf.Length));
        return null;
    }

    [ThreadStatic]
    private static MemoryStream? _pdfBuffer;

    [ThreadStatic]
    private static StringWriter? _yamlBuffer;
}
