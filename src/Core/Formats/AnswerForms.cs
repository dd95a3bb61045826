using DeepExam.Answers.Grammar;
using DeepExam.Composition;
using DeepExam.Html.Forms;
using DeepExam.Output;
using DeepExam.Pdf;

namespace DeepExam.Formats;

/// <summary>
/// answer-forms/&lt;student&gt;.html: the student's exam as a web page with an input where each answer belongs, checked as
/// it is typed, saved as their answer sheet (answer-sheets/ format, filled in) and loaded back. The exam sheet's own
/// document through the HTML backend, so the page shows the PDF's text, numbers and figures; it holds no answer.
/// </summary>
public sealed class AnswerForms(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("answer-forms",
        [OutputFile.OnePerStudent("answer-forms/<student>.html", "answer form to fill in a browser, saved as the answer sheet")],
        target => new AnswerForms(target));

    public Action? Write(StudentSheets student)
    {
        using var page = target.Folder.OpenWrite($"answer-forms/{student.Exam.Student.FileName}.html");
        page.Write(Page(student));
        return null;
    }

    /// <summary>The student's form as UTF-8 bytes.</summary>
    public static byte[] Page(StudentSheets student)
    {
        var exam = student.Exam;
        var blank = AnswerSheetWriter.Write(exam);
        var sheet = new FormSheet($"{exam.Student.FileName}.yaml", exam.Blueprint.Id, exam.Student.Id, exam.CheckCode, blank);
        // The PDF's metrics lay the figures out, so the form shows the drawing the PDF shows.
        return AnswerFormPage.Bytes(student.ExamSheet, AnswerFormFields.Of(exam, blank), sheet, PdfTextMeasurer.Instance,
            AnswerGrammar.Json, AnswerFormScript.Checker);
    }

    public void Finish() { }

    public void Dispose() { }
}
