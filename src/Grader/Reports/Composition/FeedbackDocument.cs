using System.Collections.Immutable;
using System.Text;
using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Grading.Scoring;
using DeepExam.Solving;

namespace DeepExam.Grading.Reports.Composition;

/// <summary>
/// A student's graded answers as a <see cref="Document"/>: a title block (exam, student, check code,
/// file, points, status), the notes on their file, then per exercise and part the verdict, the answer
/// as written, the correct answer typeset as on the solution sheet, and the feedback.
/// <para>
/// Only text the exam's author wrote (known-mistake feedback, option texts) and the grader's own
/// sentences are read as Markdown and TeX. What came from the student's file (answers, file names,
/// check codes, and format-error messages, which quote the answer) is set verbatim.
/// </para>
/// <para>
/// A student whose file was not graded (missing, unreadable, for another exam, a grader error) gets a
/// short document saying why, without the correct answers: they may still hand in, late or repaired.
/// </para>
/// </summary>
public static class FeedbackDocument
{
    /// <summary>A file with thousands of unknown keys has as many notes; the PDF shows the first ones.</summary>
    public const int MaxNotes = 20;

    public static Document For(StudentGrade grade, StudentExam exam)
    {
        var problems = new List<Documents.Math.TexProblem>();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var b = exam.Blueprint;
        var graded = grade.Status is SubmissionStatus.Graded or SubmissionStatus.CheckCodeMismatch;
        var printed = PrintedPoints.Of(grade);

        blocks.Add(new Heading(1, [new TextRun(b.Title)]));
        var facts = new List<string> { "Feedback on your answers" };
        if (b.Course.Length > 0) facts.Add(b.Course);
        if (b.Date.Length > 0) facts.Add(b.Date);
        if (grade.File is { } file) facts.Add(VerbatimText.Printable(graded ? $"graded from {file}" : $"file {file}"));
        blocks.Add(Paragraph.Of(new TextRun(string.Join(" · ", facts))));
        blocks.Add(new Table(
            [
                new TableRow(true, [[new TextRun("Name")], [new TextRun("Student ID")], [new TextRun("Check code")], [new TextRun("Points")], [new TextRun("Status")]]),
                new TableRow(false,
                [
                    [new TextRun(grade.Student.Name)], [new TextRun(grade.Student.Id)], [new TextRun(exam.CheckCode)],
                    graded
                        ? [new TextRun($"{PointsText.Show(printed.Total)} of {PointsText.Show(printed.Max)}", TextStyle.Strong), new TextRun($" ({printed.Percent} %)")]
                        : [new TextRun("not graded", TextStyle.Strong)],
                    [new TextRun(SubmissionStatuses.Name(grade.Status))],
                ]),
            ],
            [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left]));

        if (Explanation(grade.Status) is { } explanation) blocks.Add(Paragraph.Of(new TextRun(explanation)));
        if (!grade.Notes.IsEmpty)
        {
            // Notes quote file names and check codes from the student's file: plain text, never Markdown.
            blocks.Add(new Heading(3, [new TextRun("Notes on your file")]));
            var shown = grade.Notes.Take(MaxNotes).Select(n => new ListItem("•", [Paragraph.Of(new TextRun(VerbatimText.Printable(n)))]));
            if (grade.Notes.Length > MaxNotes)
                shown = shown.Append(new ListItem("•", [Paragraph.Of(new TextRun($"… and {grade.Notes.Length - MaxNotes} more in the feedback YAML", TextStyle.Emphasis))]));
            blocks.Add(new ListBlock([.. shown]));
        }
        if (!graded) return new Document(blocks.ToImmutable(), []);

        var byKey = Enumerable.Range(0, grade.Parts.Length).ToDictionary(i => grade.Parts[i].Key, i => (Grade: grade.Parts[i], Printed: printed.Parts[i]), StringComparer.Ordinal);
        foreach (var exercise in exam.Exercises)
        {
            var parts = exercise.Parts.Where(p => byKey.ContainsKey(p.Key)).Select(p => (Solved: p, byKey[p.Key].Grade, byKey[p.Key].Printed)).ToList();
            var scored = parts.Aggregate(Numbers.Rational.Zero, (sum, p) => sum + p.Printed.Points);
            var available = parts.Aggregate(Numbers.Rational.Zero, (sum, p) => sum + p.Printed.Max);
            var heading = new Heading(2, [new TextRun($"Exercise {exercise.Slot}: {exercise.Template.Title}")], $"{PointsText.Show(scored)} of {PointsText.Show(available)} points");
            blocks.Add(new Section($"exercise {exercise.Slot} ({exercise.Template.Id})",
                [heading, .. parts.Select(p => Part(p.Solved, p.Grade, p.Printed, problems))]));
        }
        return new Document(blocks.ToImmutable(), [.. problems]);
    }

    /// <summary>The feedback sheet, ready for a backend: the document, its heads and what it says about itself.</summary>
    public static ComposedDocument Compose(StudentGrade grade, StudentExam exam) => new(For(grade, exam), Heads(grade, exam), Info(grade, exam));

    /// <summary>What every page repeats: exam, student, check code.</summary>
    public static RunningHeads Heads(StudentGrade grade, StudentExam exam)
    {
        var b = exam.Blueprint;
        var title = $"{b.Title} — feedback";
        return new RunningHeads(RunningTitle.For(b, title), $"{grade.Student.Name} ({grade.Student.Id})", $"Check code {exam.CheckCode}");
    }

    /// <summary>
    /// What the sheet says about itself, dated by the exam (never the clock). Two gradings of different
    /// files must not share an identity, so the answers are part of it.
    /// </summary>
    public static DocumentInfo Info(StudentGrade grade, StudentExam exam)
    {
        var b = exam.Blueprint;
        var identity = new StringBuilder($"{b.Id}\n{grade.Student.Id}\n{exam.CheckCode}\nfeedback\n{grade.File}\n");
        foreach (var part in grade.Parts) identity.Append(part.Key).Append('\t').Append(part.Given).Append('\t').Append(PointsText.Show(part.Points)).Append('\n');
        return new DocumentInfo($"{b.Title} — feedback", $"{grade.Student.Name} ({grade.Student.Id})", b.Course, ExamDocument.Date(b), identity.ToString());
    }

    /// <summary>One part, kept on one page when it fits: verdict and points, the two answers, the feedback.</summary>
    private static Block Part(SolvedPart solved, PartGrade grade, PrintedPart printed, List<Documents.Math.TexProblem> problems)
    {
        var body = new List<Block> { Paragraph.Of(new TextRun(VerdictText(grade.Verdict), TextStyle.Strong)) };

        var given = VerbatimText.Rows(grade.Given);
        ImmutableArray<Inline> yours =
        [
            new TextRun("Your answer: ", TextStyle.Strong),
            .. given.Length == 0 ? [new TextRun("none", TextStyle.Emphasis)]
                : given.Contains('\n') ? [LineBreak.Instance, .. VerbatimText.Inlines(given)]
                : VerbatimText.Inlines(given),
        ];
        var correct = Led("Correct answer: ", Markdown(ExamDocument.AnswerMarkdown(solved), problems));
        // The two answers are one paragraph, a line each, unless the correct one is displayed (a matrix).
        if (correct[0] is Paragraph first)
            body.AddRange([new Paragraph([.. yours, LineBreak.Instance, .. first.Inlines]), .. correct.Skip(1)]);
        else
            body.AddRange([new Paragraph(yours), .. correct]);

        // The grader's line naming the correct answer repeats what is typeset just above, and an
        // unanswered part's "No answer given." repeats the verdict.
        var repeated = $"The correct answer is {grade.Expected}.";
        foreach (var line in grade.Feedback.Where(l => l.Length > 0 && l != repeated && grade.Status != PartStatus.Unanswered))
            body.AddRange(grade.Status == PartStatus.FormatError
                ? [Paragraph.Of(new TextRun(VerbatimText.Printable(line)))] // it quotes what the student wrote
                : Markdown(line, problems));

        var points = $"{PointsText.Show(printed.Points)} of {PointsText.Show(printed.Max)}";
        return new KeepTogether([new LabeledBlock($"({solved.Id})", points, [.. body])]);
    }

    /// <summary>How the verdict reads on the page.</summary>
    public static string VerdictText(PartVerdict verdict) => verdict switch
    {
        PartVerdict.Correct => "Correct.",
        PartVerdict.WithinTolerance => "Correct, within the tolerance.",
        PartVerdict.Rounded => "Correct, as a rounding of the exact value.",
        PartVerdict.CarriedForward => "Error carried forward.",
        PartVerdict.KnownMistake => "Wrong: a known mistake.",
        PartVerdict.Pattern => "Wrong in a recognisable way.",
        PartVerdict.PartlyRight => "Partly right.",
        PartVerdict.Wrong => "Wrong.",
        PartVerdict.FormatError => "Format error: the answer could not be read.",
        _ => "Not answered.",
    };

    /// <summary>Why a student's file was not graded, or was graded with a doubt, in words for the student.</summary>
    private static string? Explanation(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Missing => "No answer file was received from you, so nothing was graded. The correct answers are not shown here: ask your instructor whether you can still hand in.",
        SubmissionStatus.Unreadable => "Your answer file could not be read (see the notes below), so nothing was graded. The correct answers are not shown here: ask your instructor whether you can hand in a repaired file.",
        SubmissionStatus.WrongExam => "Your answer file is for another exam (see the notes below), so it was not graded. The correct answers are not shown here: ask your instructor whether you can hand in the right file.",
        SubmissionStatus.GradingError => "Your answer file could not be graded because of an error in the grader, not in your file. Your instructor has been told; the correct answers are not shown here until it is graded.",
        SubmissionStatus.CheckCodeMismatch => "Your answers were graded, but the check code in your file is not the one on your exam sheet (see the notes below): your instructor will look into it.",
        _ => null,
    };

    /// <summary>Blocks that open with a bold lead-in, run into their first paragraph.</summary>
    private static ImmutableArray<Block> Led(string lead, ImmutableArray<Block> blocks)
    {
        var run = new TextRun(lead, TextStyle.Strong);
        return blocks.FirstOrDefault() is Paragraph p
            ? blocks.SetItem(0, p with { Inlines = p.Inlines.Insert(0, run) })
            : blocks.Insert(0, Paragraph.Of(run));
    }

    private static ImmutableArray<Block> Markdown(string text, List<Documents.Math.TexProblem> problems)
    {
        var document = MarkdownToDocument.Convert(text);
        problems.AddRange(document.Problems);
        return document.Blocks;
    }
}
