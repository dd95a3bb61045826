using DeepExam.Composition;
using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Formats;

/// <summary>
/// key.pdf: the instructor key, every student's answers typeset, several students to a page, in
/// roster order. Each student's entry is laid out in parallel with their sheets; only the filling of
/// pages is serial.
/// </summary>
public sealed class InstructorKey(FormatTarget target) : IFormatWriter
{
    public static OutputFormat Format { get; } = new("instructor-key",
        [OutputFile.OnePerClass("key.pdf", "instructor key: every student's answers, typeset (confidential)")], target => new InstructorKey(target));

    private readonly StudentKeysPdf _pdf = new();
    private readonly List<string> _students = [];

    public Action? Write(StudentSheets student)
    {
        var id = student.Exam.Student.Id;
        FlowBlock entry;
        try
        {
            entry = StudentKeysPdf.Layout(student.Key);
        }
        catch (LayoutException e)
        {
            throw e.Within($"student {id}, instructor key");
        }
        return () =>
        {
            _students.Add(id);
            _pdf.Add(entry);
        };
    }

    public void Finish()
    {
        var blueprint = target.Blueprint;
        using var file = target.Folder.OpenWrite("key.pdf");
        _pdf.Write((first, last) => InstructorKeyDocument.Heads(blueprint, first, last), InstructorKeyDocument.Info(blueprint, _students), file);
    }

    // Nothing to release: the key's pages are held as compressed bytes until the file is written.
    public void Dispose()
    {
    }
}
