using DeepExam.Composition;
using DeepExam.Html;
using DeepExam.Pdf;

namespace DeepExam.Formats;

/// <summary>
/// html/&lt;student&gt;-exam.html and html/&lt;student&gt;-solutions.html: the student's exam and solution sheets
/// as standalone web pages (MathML, inline SVG; nothing fetched), for screen readers, phones and LMS pages.
/// Not written unless named: a class's PDFs are what most instructors hand out.
/// </summary>
public sealed class HtmlSheets(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("html",
        [
            OutputFile.OnePerStudent("html/<student>-exam.html", "exam sheet as a web page"),
            OutputFile.OnePerStudent("html/<student>-solutions.html", "solution sheet as a web page"),
        ], target => new HtmlSheets(target), ByDefault: false);

    public Action? Write(StudentSheets student)
    {
        var name = student.Exam.Student.FileName;
        // The PDF's metrics lay the figures out, so the web page shows the drawing the PDF shows.
        using (var exam = target.Folder.OpenWrite($"html/{name}-exam.html"))
            exam.Write(DocumentHtml.Bytes(student.ExamSheet, PdfTextMeasurer.Instance));
        using (var solutions = target.Folder.OpenWrite($"html/{name}-solutions.html"))
            solutions.Write(DocumentHtml.Bytes(student.SolutionSheet, PdfTextMeasurer.Instance));
        return null;
    }

    public void Finish() { }

    public void Dispose() { }
}
