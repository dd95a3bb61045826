using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Grading;
using DeepExam.Grading.Reports.Pdf;
using DeepExam.Grading.Runs;
using DeepExam.Grading.Scoring;
using DeepExam.Grading.Submissions;
using DeepExam.Layout;
using DeepExam.Pdf;
using DeepExam.Runs;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Grading;

/// <summary>feedback/&lt;student&gt;.pdf from whole grading runs, read back with poppler.</summary>
public partial class FeedbackPdfTests
{
    private string _work = "";
    private static string Repo => TestPaths.Repository;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-feedback-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    private GradingRequest Request(string submissions, string output, bool pdfs = true) => new(
        DemoExam.Blueprint(Repo), DemoExam.Roster(Repo), DemoExam.Exercises(Repo), submissions, Path.Combine(_work, output), DemoExam.Secret, false, pdfs);

    /// <summary>The PDF's text with every run of whitespace (poppler's columns, line wraps) as one space.</summary>
    private string PdfText(string output, string student) =>
        Whitespace().Replace(PdfTools.Text(File.ReadAllBytes(Path.Combine(_work, output, "feedback", student + ".pdf"))), " ");

    [Test]
    public void A_graded_submission_shows_the_student_their_answer_the_correct_one_and_the_mistake_they_made()
    {
        var outcome = GradingRun.Run(Request(DemoExam.Submissions(Repo), "grades"));
        var part = FeedbackYaml.Parts(Path.Combine(_work, "grades"), "s1002")["1.a"];
        Assert.That((part.Verdict, part.YourAnswer, part.CorrectAnswer), Is.EqualTo(("known-mistake", "[23, 23, 15]", "[24, 24, 15]")), "the demo's known mistake in 1.a");

        var text = PdfText("grades", "s1002");
        Assert.That(text, Does.Contain("Alan Turing").And.Contain("s1002").And.Contain("G0ZZ-2SQN"));
        Assert.That(text, Does.Contain("8 of 45 (17.8 %)"));
        Assert.That(text, Does.Contain("Wrong: a known mistake. 0 of 2 Your answer: [23, 23, 15] Correct answer: [H, W, C] = [24, 24, 15]"));
        Assert.That(text, Does.Contain("the first window position counts too."), "the template's feedback for this mistake");
        Assert.That(text, Does.Not.Contain("The correct answer is [24, 24, 15]"), "the grader's line repeating the typeset answer is left out");
    }

    [Test]
    public void Carried_forward_partial_and_unreadable_answers_say_so()
    {
        GradingRun.Run(Request(DemoExam.Submissions(Repo), "grades"));
        Assert.That(PdfText("grades", "s1003"), Does.Contain("Error carried forward.").And.Contain("follows correctly from your answer 3.a = 52"));
        Assert.That(PdfText("grades", "s1005"), Does.Contain("Partly right.").And.Contain("Wrong in a recognisable way.").And.Contain("transpose"));
        Assert.That(PdfText("grades", "s1012"), Does.Contain("Format error: the answer could not be read. 0 of 2 Your answer: twenty-eight by twenty-eight")
            .And.Contain("answer to '9.z' ignored"));
    }

    [Test]
    public void A_student_without_a_gradable_file_gets_a_page_saying_why_and_no_answers()
    {
        GradingRun.Run(Request(DemoExam.Submissions(Repo), "grades"));
        var missing = PdfText("grades", "s1011");
        Assert.That(missing, Does.Contain("No answer file was received from you"));
        Assert.That(missing, Does.Contain("Page 1 of 1"));
        Assert.That(missing, Does.Not.Contain("Correct answer"));
        Assert.That(PdfText("grades", "s1010"), Does.Contain("for another exam").And.Contain("cv-midterm").And.Not.Contain("Correct answer"));
    }

    [Test]
    public void No_pdf_writes_the_yaml_feedback_only()
    {
        var outcome = GradingRun.Run(Request(DemoExam.Submissions(Repo), "grades", pdfs: false));
        var feedback = Path.Combine(_work, "grades", "feedback");
        Assert.That(outcome.FeedbackPdfs, Is.False);
        Assert.That(Directory.GetFiles(feedback, "*.pdf"), Is.Empty);
        Assert.That(Directory.GetFiles(feedback, "*.yaml"), Has.Length.EqualTo(12));
    }

    [Test]
    public void The_grade_command_skips_the_pdfs_with_no_pdf()
    {
        var output = Path.Combine(_work, "cli");
        var (exit, printed) = GraderCommand("grade", "--blueprint", DemoExam.Blueprint(Repo), "--roster", DemoExam.Roster(Repo),
            "--submissions", DemoExam.Submissions(Repo), "--out", output, "--secret", DemoExam.Secret, "--no-pdf");
        Assert.That(exit, Is.EqualTo(GraderCli.NeedsAttention), printed);
        Assert.That(printed, Does.Not.Contain("<id>.pdf"));
        Assert.That(Directory.GetFiles(Path.Combine(output, "feedback"), "*.pdf"), Is.Empty);
        Assert.That(Directory.GetFiles(Path.Combine(output, "feedback"), "*.yaml"), Has.Length.EqualTo(12));
    }

    [Test]
    public void Feedback_pdfs_are_byte_identical_across_runs_and_cultures()
    {
        GradingRun.Run(Request(DemoExam.Submissions(Repo), "invariant"));
        var expected = Snapshot("invariant");
        Assert.That(expected.Keys.Count(k => k.EndsWith(".pdf", StringComparison.Ordinal)), Is.EqualTo(12));
        GradingRun.Run(Request(DemoExam.Submissions(Repo), "invariant-again"));
        Assert.That(Snapshot("invariant-again"), Is.EqualTo(expected), "invariant-again");
        foreach (var culture in new[] { "de-DE", "tr-TR" })
        {
            InCulture.Run(culture, () => GradingRun.Run(Request(DemoExam.Submissions(Repo), culture)));
            Assert.That(Snapshot(culture), Is.EqualTo(expected), culture);
        }
    }

    /// <summary>Answers written to look like Markdown, TeX and HTML, or to upset a layout.</summary>
    private static readonly (string Part, string Yaml, string Shown)[] Hostile =
    [
        ("1.a", @"""$\\frac{1}{2}$ **bold** # heading <script>alert(1)</script>""", @"$\frac{1}{2}$ **bold** # heading <script>alert(1)</script>"),
        ("1.b", @"'\begin{bmatrix} 1 & 2 \end{bmatrix} _x_ `code` [link](http://x) $$'", @"\begin{bmatrix} 1 & 2 \end{bmatrix} _x_ `code` [link](http://x) $$"),
        ("1.c", "\"" + new string('x', 3000) + "\"", new string('x', 40)),
        ("1.d", @"""- item\n> quote\n| a | b |\n---""", "- item > quote | a | b | ---"),
        ("1.e", @"""bell\a and \u202Eright-to-left and 😀""", "bell� and �right-to-left and �"),
        ("4.a", @"""[[$\\frac{1}{2}$, 2], [3, **4**]]""", @"[[$\frac{1}{2}$, 2], [3, **4**]]"),
    ];

    [Test]
    public void A_hostile_answer_is_shown_verbatim_and_never_read_as_markdown_or_tex()
    {
        var submissions = Path.Combine(_work, "hostile");
        Directory.CreateDirectory(submissions);
        var demo = File.ReadAllLines(Path.Combine(DemoExam.Submissions(Repo), "s1001.yaml"));
        var header = demo.TakeWhile(l => !l.StartsWith("answers:", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(submissions, "s1001.yaml"),
            [.. header, "answers:", .. Hostile.Select(h => $"  \"{h.Part}\": {h.Yaml}")]);

        var outcome = GradingRun.Run(Request(submissions, "grades"));
        var grade = outcome.Grades.Single(g => g.Student.Id == "s1001");
        Assert.That(grade.Status, Is.EqualTo(SubmissionStatus.Graded));
        Assert.That(outcome.Issues.Select(i => i.Message), Has.None.Contains("PDF"));
        var bytes = File.ReadAllBytes(Path.Combine(_work, "grades", "feedback", "s1001.pdf"));
        Assert.That(PdfTools.RenderErrors(bytes), Is.Empty);

        var text = PdfText("grades", "s1001");
        foreach (var (part, _, shown) in Hostile)
            Assert.That(text, Does.Contain("Your answer: " + shown), part);
        Assert.That(text, Does.Contain("(shortened: the answer has 3,000 characters; all of them are in the feedback YAML)"));

        // The run keeps no grade's answers: the layout is checked on the same file graded again.
        var generator = new ExamGenerator(outcome.Blueprint, ExerciseLibrary.Load(DemoExam.Exercises(Repo), BuiltinRegistry.Default), DemoExam.Secret, renderText: false);
        var exam = generator.Generate(grade.Student);
        var graded = new SubmissionGrader(generator.Solver).Grade(exam, SubmissionFolder.Read(submissions).Reads.Single().Submission, []);
        Assert.That(graded.Status, Is.EqualTo(SubmissionStatus.Graded));
        AssertLaidOutCleanly(FeedbackPdf.Layout(graded, exam));
    }

    [Test]
    public void A_key_of_a_megabyte_costs_one_short_note_and_no_extra_pages()
    {
        var demo = File.ReadAllText(Path.Combine(DemoExam.Submissions(Repo), "s1001.yaml"));
        foreach (var (folder, text) in new[] { ("plain", demo), ("huge", demo + "  \"" + new string('x', 1_040_000) + "\": 1\n") })
        {
            Directory.CreateDirectory(Path.Combine(_work, folder));
            File.WriteAllText(Path.Combine(_work, folder, "s1001.yaml"), text);
        }
        GradingRun.Run(Request(Path.Combine(_work, "plain"), "plain-grades"));
        var outcome = GradingRun.Run(Request(Path.Combine(_work, "huge"), "huge-grades"));

        Assert.That(outcome.Grades.Single(g => g.Student.Id == "s1001").Notes.Single(),
            Is.EqualTo($"answer to '{new string('x', 80)}…' ignored: the exam has no such part"));
        Assert.That(Pages("huge-grades", "s1001"), Is.EqualTo(Pages("plain-grades", "s1001")));
        Assert.That(Pages("huge-grades", "s1001"), Is.LessThanOrEqualTo(4));
    }

    private int Pages(string output, string student) =>
        int.Parse(Regex.Match(PdfText(output, student), @"Page 1 of (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);

    [Test]
    public void A_feedback_pdf_that_cannot_be_laid_out_costs_a_report_line_not_the_batch()
    {
        // A correct answer too wide for the page: a 1×40 matrix of large numbers.
        var exercises = Path.Combine(_work, "exercises");
        Directory.CreateDirectory(exercises);
        var row = string.Join(", ", Enumerable.Repeat("1000000", 40));
        File.WriteAllText(Path.Combine(exercises, "wide.yaml"),
            $"schema: 2\nid: wide\ntitle: Wide\nparts:\n  - id: a\n    prompt: x\n    kind: matrix\n    answer: \"[[{row}]]\"\n    points: 1\n");
        var blueprint = Path.Combine(_work, "wide-exam.yaml");
        File.WriteAllText(blueprint, "schema: 1\nid: wide-exam\ntitle: Wide\nexercises:\n  - exercise: wide\n    points: 1\n");
        var roster = Path.Combine(_work, "roster.csv");
        File.WriteAllText(roster, "id,name\ns1,Ada\ns2,Alan\n");
        var submissions = Path.Combine(_work, "submissions");
        Directory.CreateDirectory(submissions);
        File.WriteAllText(Path.Combine(submissions, "s1.yaml"), "exam: wide-exam\nstudent: s1\nanswers:\n  \"1.a\": [[1, 2]]\n");

        var outcome = GradingRun.Run(new GradingRequest(blueprint, roster, exercises, submissions, Path.Combine(_work, "grades"), "secret", false));

        var feedback = Path.Combine(_work, "grades", "feedback");
        Assert.That(outcome.Issues.Select(i => i.ToString()), Has.Some.Contains("s1.yaml: s1: the feedback PDF could not be written (feedback for student s1: exercise 1 (wide): the formula"));
        Assert.That(File.Exists(Path.Combine(feedback, "s1.pdf")), Is.False, "no half-written file");
        Assert.That(File.Exists(Path.Combine(feedback, "s1.yaml")), Is.True);
        Assert.That(File.Exists(Path.Combine(feedback, "s2.pdf")), Is.True, "the rest of the class gets theirs");
    }

    /// <summary>Everything inside the margins, and no two runs of text drawn over each other.</summary>
    private static void AssertLaidOutCleanly(LaidOutDocument document)
    {
        foreach (var page in document.Pages)
            foreach (var f in page.Content)
                foreach (var op in f.Fragment.Ops)
                    Assert.That(op.Bounds.Offset(f.X, f.Y).IsInside(document.Page.ContentArea), $"page {page.Number}: {op} of {f.Fragment.What}");
        var canvas = RecordingCanvas.Record(document, PdfTextMeasurer.Instance);
        foreach (var page in canvas.Texts.GroupBy(t => t.Page))
        {
            // The ink of a run, from about the cap height to the descender.
            var texts = page.Select(t => (t.Text, Box: new Rect(t.Bounds.X, t.Bounds.Y, t.Bounds.Width, t.Font!.Value.Size * 0.95))).ToList();
            for (var i = 0; i < texts.Count; i++)
                for (var j = i + 1; j < texts.Count; j++)
                    Assert.That(texts[i].Box.Overlaps(texts[j].Box, 0.2), Is.False, $"page {page.Key}: '{texts[i].Text}' overlaps '{texts[j].Text}'");
        }
    }

    /// <summary>The real grader executable, as an instructor runs it.</summary>
    private static (int Exit, string Output) GraderCommand(params string[] args)
    {
        var (exit, output, error) = ToolProcess.Run(ToolProcess.GraderDll, args);
        return (exit, output + error);
    }

    private Dictionary<string, string> Snapshot(string output)
    {
        var folder = Path.Combine(_work, output);
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
    }
}
