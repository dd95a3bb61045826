using System.Globalization;
using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// The entry point for a student's PDFs: <see cref="Write"/> renders the exam and the solution sheet.
/// Thread-safe and deterministic (the same exam gives byte-identical files), so a class renders in
/// parallel. A layout problem (a matrix wider than the page) is a <see cref="LayoutException"/>
/// naming the exercise and what did not fit.
/// </summary>
public static class ExamPdfs
{
    public static void Write(StudentExam exam, Stream examPdf, Stream solutionPdf)
    {
        try
        {
            var (sheet, solutions) = ExamDocument.Sheets(exam);
            Render(sheet, ExamDocument.Frame(exam, solutions: false), Metadata(exam, solutions: false), examPdf);
            Render(solutions, ExamDocument.Frame(exam, solutions: true), Metadata(exam, solutions: true), solutionPdf);
        }
        catch (LayoutException e)
        {
            // Which student's variant did not fit matters: another student's numbers may fit.
            throw e.Within($"student {exam.Student.Id}");
        }
    }

    internal static LaidOutDocument Layout(Document document, PageFrame frame) =>
        new DocumentLayout(PdfTextMeasurer.Instance).Layout(document, frame);

    internal static void Render(Document document, PageFrame frame, PdfMetadata metadata, Stream output) =>
        LaidOutPdf.Write(Layout(document, frame), metadata, output);

    /// <summary>The exam's date, which dates its PDFs (never the clock); 2000-01-01 when it has none.</summary>
    internal static DateOnly Date(ExamBlueprint blueprint) =>
        DateOnly.TryParseExact(blueprint.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : new DateOnly(2000, 1, 1);

    internal static PdfMetadata Metadata(StudentExam exam, bool solutions)
    {
        var b = exam.Blueprint;
        var date = Date(b);
        var kind = solutions ? "solutions" : "exam";
        return new PdfMetadata(
            solutions ? $"{b.Title} — solutions" : b.Title,
            $"{exam.Student.Name} ({exam.Student.Id})",
            b.Course,
            date,
            $"{b.Id}\n{exam.Student.Id}\n{exam.CheckCode}\n{kind}");
    }
}
