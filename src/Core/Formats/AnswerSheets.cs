using DeepExam.Composition;
using DeepExam.Output;

namespace DeepExam.Formats;

/// <summary>answer-sheets/&lt;student&gt;.yaml: each student's blank answer file, to hand out with the exam.</summary>
public sealed class AnswerSheets(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("answer-sheets",
        [OutputFile.OnePerStudent("answer-sheets/<student>.yaml", "blank answer sheet to hand out")], target => new AnswerSheets(target));

    public Action? Write(StudentSheets student)
    {
        target.Folder.WriteFile($"answer-sheets/{student.Exam.Student.FileName}.yaml", AnswerSheetWriter.Write(student.Exam));
        return null;
    }

    public void Finish() { }

    public void Dispose() { }
}
