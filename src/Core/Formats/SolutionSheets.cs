using DeepExam.Composition;

namespace DeepExam.Formats;

/// <summary>solutions/&lt;student&gt;.pdf: each student's solution sheet, with the worked answers.</summary>
public sealed class SolutionSheets(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("solutions",
        [OutputFile.OnePerStudent("solutions/<student>.pdf", "solution sheet with the worked answers")], target => new SolutionSheets(target));

    public Action? Write(StudentSheets student)
    {
        using var pdf = target.Folder.OpenWrite($"solutions/{student.Exam.Student.FileName}.pdf");
        StudentPdf.Write(student, student.SolutionSheet, pdf);
        return null;
    }

    public void Finish() { }

    public void Dispose() { }
}
