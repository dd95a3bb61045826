using DeepExam.Composition;
using DeepExam.Output;

namespace DeepExam.Formats;

/// <summary>keys/&lt;student&gt;.yaml: each student's variant, with its parameters and exact answers.</summary>
public sealed class AnswerKeys(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("keys",
        [OutputFile.OnePerStudent("keys/<student>.yaml", "answer key: parameters and exact answers")], target => new AnswerKeys(target));

    public Action? Write(StudentSheets student)
    {
        target.Folder.WriteFile($"keys/{student.Exam.Student.FileName}.yaml", AnswerKeyWriter.Write(student.Exam));
        return null;
    }

    public void Finish() { }

    public void Dispose() { }
}
