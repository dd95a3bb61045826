using DeepExam.Composition;
using DeepExam.Pdf;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Composition;

public class ClassTextsTests
{
    private const string Text = "The output width is $\\lfloor (W - K) / S \\rfloor + 1$.";

    [Test]
    public void A_text_met_once_is_parsed_but_not_kept()
    {
        // A text no other test parses: MarkdownToDocument's own memo, shared by the whole process, keeps a text
        // it has met before, and would hand back the same document here too.
        const string once = "A text of this test's own, $x_1$.";
        var texts = new ClassTexts();
        var first = texts.Parse(once);
        Assert.That(texts.Parse(once), Is.Not.SameAs(first));
    }

    [Test]
    public void A_text_met_again_is_kept_and_its_document_given_from_then_on()
    {
        var texts = new ClassTexts();
        texts.Parse(Text);
        var second = texts.Parse(Text);
        Assert.That(texts.Parse(Text), Is.SameAs(second));
        Assert.That(texts.Parse("Another text."), Is.Not.SameAs(second));
    }

    [Test]
    public void Sheets_composed_with_the_class_texts_are_byte_identical_to_sheets_composed_alone()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
        var exams = DemoExams.First(6).ToList();
        var texts = new ClassTexts();
        // A first round meets every text of the class; in the second, every text met twice is kept and shared.
        foreach (var exam in exams) Pdfs(new StudentSheets(exam, texts));
        foreach (var exam in exams)
            Assert.That(Pdfs(new StudentSheets(exam, texts)), Is.EqualTo(Pdfs(new StudentSheets(exam))), exam.Student.Id);
    }

    private static byte[][] Pdfs(StudentSheets sheets)
    {
        using var exam = new MemoryStream();
        using var solutions = new MemoryStream();
        DocumentPdf.Write(sheets.ExamSheet, exam);
        DocumentPdf.Write(sheets.SolutionSheet, solutions);
        return [exam.ToArray(), solutions.ToArray()];
    }
}
