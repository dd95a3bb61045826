using DeepExam.Composition;
using DeepExam.Pdf;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Composition;

public class StudentSheetsTests
{
    [Test]
    public void Sheets_composed_again_from_the_class_texts_kept_since_are_byte_identical_to_the_first_ones()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
        var exams = DemoExams.First(6).ToList();
        // The first round meets the class's texts, and keeps those met twice (by students before, or by the exam and
        // solution sheets of one student); the second round's sheets share the documents kept.
        var first = exams.Select(exam => Pdfs(new StudentSheets(exam))).ToList();
        for (var i = 0; i < exams.Count; i++)
            Assert.That(Pdfs(new StudentSheets(exams[i])), Is.EqualTo(first[i]), exams[i].Student.Id);
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
