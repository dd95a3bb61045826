using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DeepExam.Composition;
using DeepExam.Exams;
using DeepExam.Output;
using DeepExam.Pdf;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Tests.Pdf;

public partial class DocumentPdfTests
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    private static (byte[] Exam, byte[] Solutions) Render(StudentExam exam)
    {
        using var e = new MemoryStream();
        using var s = new MemoryStream();
        var sheets = new StudentSheets(exam);
        DocumentPdf.Write(sheets.ExamSheet, e);
        DocumentPdf.Write(sheets.SolutionSheet, s);
        return (e.ToArray(), s.ToArray());
    }

    [Test]
    public void Two_renders_are_byte_identical()
    {
        var exam = DemoExams.For(0);
        var (exam1, solutions1) = Render(exam);
        var (exam2, solutions2) = Render(DemoExams.For(0));
        Assert.That(exam2, Is.EqualTo(exam1));
        Assert.That(solutions2, Is.EqualTo(solutions1));
        Assert.That(Render(DemoExams.For(1)).Exam, Is.Not.EqualTo(exam1), "another student gets another file");
    }

    [Test]
    public void Renders_in_parallel_give_the_same_bytes_as_one_at_a_time()
    {
        var exams = DemoExams.First(6).ToList();
        var serial = exams.Select(Render).ToList();
        var parallel = exams.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Render).ToList();
        for (var i = 0; i < exams.Count; i++)
        {
            Assert.That(parallel[i].Exam, Is.EqualTo(serial[i].Exam));
            Assert.That(parallel[i].Solutions, Is.EqualTo(serial[i].Solutions));
        }
    }

    [Test]
    public void The_file_is_a_PDF_with_embedded_fonts_and_no_clock_in_it()
    {
        var (exam, _) = Render(DemoExams.For(0));
        Assert.That(Encoding.Latin1.GetString(exam), Does.StartWith("%PDF-"));
        // The dictionaries are compressed in object streams: read them as qpdf writes them out plainly.
        var text = Qpdf.Uncompressed(exam);
        Assert.That(text, Does.Contain("/FontFile2").And.Contain("/ToUnicode").And.Contain("/CIDToGIDMap "));
        Assert.That(text, Does.Contain("D:20261214000000"), "dated by the blueprint");
        Assert.That(text, Does.Not.Contain("D:" + DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Poppler_reads_and_renders_both_sheets_without_complaint()
    {
        var (exam, solutions) = Render(DemoExams.For(2));
        Assert.That(PdfTools.RenderErrors(exam), Is.Empty);
        Assert.That(PdfTools.RenderErrors(solutions), Is.Empty);
    }

    [Test]
    public void Each_students_exam_shows_their_name_check_code_and_numbers()
    {
        foreach (var exam in DemoExams.First(3))
        {
            var text = PdfTools.Text(Render(exam).Exam);
            Assert.That(text, Does.Contain(exam.Student.Name).And.Contain(exam.Student.Id).And.Contain(exam.CheckCode));
            var shown = Numbers(text);
            foreach (var exercise in exam.Exercises)
            {
                Assert.That(text, Does.Contain(exercise.Template.Title.Split(' ')[0]));
                foreach (Match number in Digits().Matches(exercise.Statement))
                    Assert.That(shown, Does.Contain(number.Value), $"{exam.Student.Id}, exercise {exercise.Slot}: {number.Value} of the statement");
                foreach (var part in exercise.Parts)
                    foreach (Match number in Digits().Matches(part.Prompt))
                        Assert.That(shown, Does.Contain(number.Value), $"{exam.Student.Id}, part {part.Key}: {number.Value} of the prompt");
            }
        }
    }

    [Test]
    public void Answers_appear_in_the_solutions_and_never_in_the_exam()
    {
        var checkedAnswers = 0;
        foreach (var exam in DemoExams.First(3))
        {
            var (examPdf, solutionPdf) = Render(exam);
            var examText = PdfTools.Text(examPdf);
            var solutionText = PdfTools.Text(solutionPdf);
            var examNumbers = Numbers(examText);
            var questions = string.Join("\n", exam.Exercises.Select(e => e.Statement).Concat(exam.Parts.Select(p => p.Prompt)).Concat(exam.Parts.SelectMany(p => p.Options.Select(o => o.Text))));
            var questionNumbers = Numbers(questions);
            foreach (var part in exam.Parts)
            {
                foreach (var answer in AnswerTokens(part))
                {
                    // A number the question itself shows is no leak.
                    if (questionNumbers.Contains(answer) || answer.Length < 3) continue;
                    Assert.That(examNumbers, Does.Not.Contain(answer), $"{exam.Student.Id}: the answer {answer} of part {part.Key} is on the exam");
                    Assert.That(Numbers(solutionText), Does.Contain(answer), $"{exam.Student.Id}: the answer {answer} of part {part.Key} is not in the solutions");
                    checkedAnswers++;
                }
            }
            Assert.That(solutionText, Does.Contain("Solution."));
            Assert.That(examText, Does.Not.Contain("Solution."));
        }
        Assert.That(checkedAnswers, Is.GreaterThan(10), "enough answers were distinctive enough to check");
    }

    [Test]
    public void The_exam_tells_the_expected_form_of_each_answer()
    {
        var exam = DemoExams.For(0);
        var text = PdfTools.Text(Render(exam).Exam);
        foreach (var part in exam.Parts.Where(p => p.Kind is AnswerKind.Shape or AnswerKind.Integer))
            Assert.That(text, Does.Contain($"Answer {part.Key}"));
        Assert.That(text, Does.Contain("a shape [H, W, C]"));
    }

    /// <summary>The whole numbers in a text, with thousands separators removed (10,001,000 is one number).</summary>
    private static HashSet<string> Numbers(string text)
    {
        var joined = Regex.Replace(text, @"(?<=\d)[,  ](?=\d{3}\b)", "");
        return [.. Digits().Matches(joined).Select(m => m.Value)];
    }

    private static IEnumerable<string> AnswerTokens(DeepExam.Solving.SolvedPart part) => part.Answer switch
    {
        NumberValue { Number.IsInteger: true } n => [n.Number.ExactValue.Numerator.ToString(CultureInfo.InvariantCulture)],
        ListValue l => l.Items.OfType<NumberValue>().Where(n => n.Number.IsInteger).Select(n => n.Number.ExactValue.Numerator.ToString(CultureInfo.InvariantCulture)),
        _ => [],
    };
}
