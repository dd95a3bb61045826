using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Exams;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Composition;

/// <summary>
/// A student's exam as a <see cref="Document"/>: the title block, the instructions, and each
/// exercise with its parts. The exam sheet and the solution sheet are two views of the same
/// document; only the solution sheet carries answers and worked solutions.
/// </summary>
public static class ExamDocument
{
    public static Document Exam(StudentExam exam) => Build(exam, solutions: false, new ParsedTexts());

    public static Document Solutions(StudentExam exam) => Build(exam, solutions: true, new ParsedTexts());

    /// <summary>The exam sheet, with texts parsed through <paramref name="texts"/>, which the solution sheet may share.</summary>
    public static Document Exam(StudentExam exam, ParsedTexts texts) => Build(exam, solutions: false, texts);

    /// <summary>The solution sheet, with texts parsed through <paramref name="texts"/>, which the exam sheet may share.</summary>
    public static Document Solutions(StudentExam exam, ParsedTexts texts) => Build(exam, solutions: true, texts);

    /// <summary>What every page or screen repeats: exam, student, check code.</summary>
    public static RunningHeads Heads(StudentExam exam, bool solutions)
    {
        var b = exam.Blueprint;
        var title = solutions ? $"{b.Title} — solutions" : b.Title;
        return new RunningHeads(RunningTitle.For(b, title), $"{exam.Student.Name} ({exam.Student.Id})", $"Check code {exam.CheckCode}");
    }

    /// <summary>What a sheet says about itself: title, student, course, the exam's date, and an identity unique to the student and sheet.</summary>
    public static DocumentInfo Info(StudentExam exam, bool solutions)
    {
        var b = exam.Blueprint;
        var kind = solutions ? "solutions" : "exam";
        return new DocumentInfo(
            solutions ? $"{b.Title} — solutions" : b.Title,
            $"{exam.Student.Name} ({exam.Student.Id})",
            b.Course,
            Date(b),
            $"{b.Id}\n{exam.Student.Id}\n{exam.CheckCode}\n{kind}");
    }

    /// <summary>The exam's date, which dates its documents (never the clock); 2000-01-01 when it has none.</summary>
    public static DateOnly Date(ExamBlueprint blueprint) =>
        DateOnly.TryParseExact(blueprint.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : new DateOnly(2000, 1, 1);

    private static Document Build(StudentExam exam, bool solutions, ParsedTexts texts)
    {
        var problems = new List<TexProblem>();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var b = exam.Blueprint;

        blocks.Add(new Heading(1, [new TextRun(solutions ? $"{b.Title} — solutions" : b.Title)]));
        var facts = new List<string>();
        if (b.Course.Length > 0) facts.Add(b.Course);
        if (b.Date.Length > 0) facts.Add(b.Date);
        facts.Add(exam.Exercises.Length == 1 ? "1 exercise" : $"{exam.Exercises.Length} exercises");
        facts.Add(PointsText(exam.TotalPoints));
        blocks.Add(Paragraph.Of(new TextRun(string.Join(" · ", facts))));
        blocks.Add(new Table(
            [
                new TableRow(true, [[new TextRun("Name")], [new TextRun("Student ID")], [new TextRun("Check code")]]),
                new TableRow(false, [[new TextRun(exam.Student.Name)], [new TextRun(exam.Student.Id)], [new TextRun(exam.CheckCode, TextStyle.Strong)]]),
            ],
            [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left]));
        if (!solutions) blocks.Add(Paragraph.Of(new TextRun(TimeAndAnswers(b))));
        if (!solutions && b.Instructions.Trim().Length > 0) blocks.AddRange(texts.Blocks(b.Instructions, problems));

        foreach (var exercise in exam.Exercises)
        {
            var points = exercise.Parts.Aggregate(Numbers.Rational.Zero, (sum, p) => sum + p.Points);
            var heading = new Heading(2, [new TextRun($"Exercise {exercise.Slot}: {exercise.Template.Title}")], PointsText(points));
            var statement = texts.Blocks(exercise.Statement, problems);
            var parts = exercise.Parts.Select(p => Part(p, solutions, problems, texts)).ToList();
            // An exercise's heading and statement stay on the page of its first part (whose prompt
            // stays with its answer box).
            blocks.Add(new Section($"exercise {exercise.Slot} ({exercise.Template.Id})", [new KeepTogether([heading, .. statement], WithNext: true), .. parts]));
        }
        return new Document(blocks.ToImmutable(), [.. problems]);
    }

    private static Block Part(SolvedPart part, bool solutions, List<TexProblem> problems, ParsedTexts texts)
    {
        // The prompt stays on the page of its answer box; a worked solution may run on.
        var question = new List<Block>(texts.Blocks(part.Prompt, problems));
        if (!part.Options.IsEmpty)
            question.Add(new ListBlock([.. part.Options.Select(o => new ListItem(o.Letter, texts.Blocks(o.Text, problems)))]));
        var box = solutions
            ? new AnswerBox($"Answer {part.Key}", "", 0, texts.Blocks(AnswerMarkdown(part), problems))
            : new AnswerBox($"Answer {part.Key}", AnswerText.ExpectedForm(part), AnswerLines(part), []);
        question.Add(box with { PartKey = part.Key });
        var body = new List<Block> { new KeepTogether([.. question]) };
        if (solutions)
        {
            body.AddRange(Led("Solution. ", texts.Blocks(part.Solution, problems)));
            // The steps traced from the solver follow the author's explanation.
            if (!part.Working.IsEmpty) body.AddRange(Led("Working. ", texts.Blocks(Working.WorkingMarkdown.Write(part.Working), problems)));
        }
        return new LabeledBlock($"({part.Id})", PointsText(part.Points), [.. body]);
    }

    /// <summary>Blocks that open with a bold lead-in ("Solution. "), run into their first paragraph.</summary>
    private static ImmutableArray<Block> Led(string lead, ImmutableArray<Block> blocks)
    {
        if (blocks.IsEmpty) return blocks;
        var run = new TextRun(lead, TextStyle.Strong);
        return blocks[0] is Paragraph p
            ? blocks.SetItem(0, p with { Inlines = p.Inlines.Insert(0, run) })
            : blocks.Insert(0, Paragraph.Of(run));
    }

    /// <summary>
    /// What every exam sheet says before its instructions: the time allowed (the blueprint's <c>time</c>, or "as
    /// announced" without one) and what the answer boxes are for.
    /// </summary>
    public static string TimeAndAnswers(ExamBlueprint blueprint) =>
        (blueprint.Minutes is { } m ? $"Time: {m} minute{(m == 1 ? "" : "s")}. " : "Time: as announced. ") +
        "The box under each part is for its answer and names the form the answer takes; hand in your answers in your answer file, in that form.";

    /// <summary>How many writing lines the empty answer box of a part gets: one, or a matrix's rows.</summary>
    private static int AnswerLines(SolvedPart part) => part.Answer switch
    {
        TensorValue { Tensor.Rank: 2 } t => System.Math.Clamp(t.Tensor.Shape[0] + 1, 2, 6),
        TensorValue { Tensor.Rank: > 2 } => 5,
        TensorValue => 2,
        _ => 1,
    };

    /// <summary>The answer as Markdown with TeX, so it is typeset like the rest of the text (the solution sheet and the grader's feedback).</summary>
    public static string AnswerMarkdown(SolvedPart part) => Kinds.AnswerKinds.Of(part.Kind).AnswerMarkdown(part);

    /// <summary>"1 point", "2 points", "1.5 points", "0.75 points": always a decimal (points in an exam are steps of ½ or ¼).</summary>
    public static string PointsText(Numbers.Rational points) =>
        points == Numbers.Rational.One ? "1 point" : $"{Exams.PointsFormat.Decimal(points)} points";
}
