using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DeepExam.Composition;
using DeepExam.Exams;
using DeepExam.Pdf;
using DeepExam.Values;

namespace DeepExam.Tests.Pdf;

public class InstructorKeyPdfTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    private static byte[] Render(IReadOnlyList<StudentExam> exams)
    {
        var blueprint = exams[0].Blueprint;
        var key = new StudentKeysPdf();
        // Laid out in parallel and added in order, as generation does.
        foreach (var block in exams.AsParallel().AsOrdered().Select(e => StudentKeysPdf.Layout(InstructorKeyDocument.For(e)))) key.Add(block);
        using var output = new MemoryStream();
        key.Write((first, last) => InstructorKeyDocument.Heads(blueprint, first, last), InstructorKeyDocument.Info(blueprint, [.. exams.Select(e => e.Student.Id)]), output);
        return output.ToArray();
    }

    [Test]
    public void Shows_each_students_name_id_check_code_and_every_answer()
    {
        var exams = DemoExams.First(4).ToList();
        var text = PdfTools.Text(Render(exams));
        var numbers = Numbers(text);
        Assert.That(text, Does.Contain("Instructor key — confidential").And.Contain("Computer Vision 1"));
        foreach (var exam in exams)
        {
            Assert.That(text, Does.Contain(exam.Student.Name).And.Contain(exam.Student.Id).And.Contain(exam.CheckCode));
            foreach (var part in exam.Parts)
            {
                Assert.That(text, Does.Contain(part.Key + " "), $"{exam.Student.Id}: the label of {part.Key}");
                if (part.Answer is NumberValue { Number.IsInteger: true } n)
                    Assert.That(numbers, Does.Contain(n.Number.ExactValue.Numerator.ToString(CultureInfo.InvariantCulture)), $"{exam.Student.Id}: the answer of {part.Key}");
            }
        }
    }

    [Test]
    public void Several_students_share_a_page_and_each_students_answers_stay_on_one()
    {
        var exams = DemoExams.First(12).ToList();
        var pages = PdfTools.Text(Render(exams)).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(pages.Length, Is.LessThanOrEqualTo(exams.Count / 2), "at least two students a page");
        foreach (var exam in exams)
            Assert.That(pages.Count(p => p.Contains(exam.CheckCode, StringComparison.Ordinal)), Is.EqualTo(1), exam.Student.Id);
        Assert.That(pages[0], Does.Contain($"Students {exams[0].Student.Id} – "), "the footer says whose answers a page holds");
        Assert.That(pages[^1], Does.Contain($"Page {pages.Length} of {pages.Length}"));
    }

    [Test]
    public void Two_renders_are_byte_identical_and_dated_by_the_blueprint()
    {
        var first = Render(DemoExams.First(5).ToList());
        Assert.That(Render(DemoExams.First(5).ToList()), Is.EqualTo(first));
        Assert.That(Render(DemoExams.First(4).ToList()), Is.Not.EqualTo(first), "another class gets another file");
        // The information dictionary is compressed in an object stream: read it as qpdf writes it out plainly.
        var text = Qpdf.Uncompressed(first);
        Assert.That(text, Does.Contain("D:20261214000000"));
        Assert.That(text, Does.Not.Contain("D:" + DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Poppler_reads_and_renders_the_key_without_complaint()
    {
        Assert.That(PdfTools.RenderErrors(Render(DemoExams.First(7).ToList())), Is.Empty);
    }

    /// <summary>The whole numbers in a text, with thousands separators removed (10,001,000 is one number).</summary>
    private static HashSet<string> Numbers(string text)
    {
        var joined = Regex.Replace(text, @"(?<=\d)[,  ](?=\d{3}\b)", "");
        return [.. Regex.Matches(joined, @"\d+").Select(m => m.Value)];
    }
}
