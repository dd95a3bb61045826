using DeepExam.Composition;

namespace DeepExam.Formats;

/// <summary>exams/&lt;student&gt;.pdf: each student's exam sheet, to hand out.</summary>
public sealed class ExamSheets(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("exams",
        [OutputFile.OnePerStudent("exams/<student>.pdf", "exam sheet to hand out")], target => new ExamSheets(target));

    public Action? Write(StudentSheets student)
    {
        using var pdf = target.Folder.OpenWrite($"exams/{student.Exam.Student.FileName}.pdf");
        StudentPdf.Write(student, student.ExamSheet, pdf);
        return null;
    }

    public void Finish() { }

    public void Dispose() { }
}
