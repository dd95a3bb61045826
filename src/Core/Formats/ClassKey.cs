using DeepExam.Composition;
using DeepExam.Output;

namespace DeepExam.Formats;

/// <summary>key.csv: the class key, one row per student and part, in roster order.</summary>
public sealed class ClassKey : IFormatWriter
{
    public static OutputFormat Format { get; } = new("class-key",
        [OutputFile.OnePerClass("key.csv", "class key: one row per student and part")], target => new ClassKey(target));

    private readonly StreamWriter _text;
    private readonly ClassKeyWriter _csv;

    private ClassKey(FormatTarget target)
    {
        _text = target.Folder.OpenText("key.csv");
        _csv = new ClassKeyWriter(_text);
    }

    public Action? Write(StudentSheets student)
    {
        // The row needs only the exam: holding on to the sheets would keep their documents until the roster catches up.
        var exam = student.Exam;
        return () => _csv.Write(exam);
    }

    public void Finish() => Dispose();

    // Closing the CSV writer flushes the last rows; both closes are safe to repeat.
    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}
