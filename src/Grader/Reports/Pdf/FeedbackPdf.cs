using System.Globalization;
using System.Text;
using DeepExam.Exams;
using DeepExam.Grading.Grading;
using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Grading.Reports.Pdf;

/// <summary>
/// feedback/&lt;student&gt;.pdf: <see cref="FeedbackDocument"/> laid out and written with the same
/// layout and PDF writer as the exam sheets. Thread-safe and deterministic: the date is the exam's,
/// never the clock, and the file identifier derives from the student and what they were graded on.
/// </summary>
public static class FeedbackPdf
{
    public static void Write(StudentGrade grade, StudentExam exam, Stream output)
    {
        try
        {
            LaidOutPdf.Write(Layout(grade, exam), Metadata(grade, exam), output);
        }
        catch (LayoutException e)
        {
            throw e.Within($"feedback for student {grade.Student.Id}");
        }
    }

    /// <summary>The laid-out pages, for tests and previews.</summary>
    public static LaidOutDocument Layout(StudentGrade grade, StudentExam exam) =>
        new DocumentLayout(PdfTextMeasurer.Instance).Layout(FeedbackDocument.For(grade, exam), FeedbackDocument.Frame(grade, exam));

    private static PdfMetadata Metadata(StudentGrade grade, StudentExam exam)
    {
        var b = exam.Blueprint;
        // The exam's date, as on the exam's own PDFs; 2000-01-01 when it has none.
        var date = DateOnly.TryParseExact(b.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : new DateOnly(2000, 1, 1);
        // Two gradings of different files must not share a file identifier, so the answers are part of it.
        var identity = new StringBuilder($"{b.Id}\n{grade.Student.Id}\n{exam.CheckCode}\nfeedback\n{grade.File}\n");
        foreach (var part in grade.Parts) identity.Append(part.Key).Append('\t').Append(part.Given).Append('\t').Append(PointsText.Show(part.Points)).Append('\n');
        return new PdfMetadata($"{b.Title} — feedback", $"{grade.Student.Name} ({grade.Student.Id})", b.Course, date, identity.ToString());
    }
}
