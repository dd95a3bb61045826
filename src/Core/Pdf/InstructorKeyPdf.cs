using System.Security.Cryptography;
using System.Text;
using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// The instructor key: every student's answers in one PDF, in roster order, several students to a
/// page and each student's block on one page when it fits on one. Made while the class is
/// generated: each student's block is laid out in parallel with their sheets (<see cref="Layout"/>),
/// then added in roster order (<see cref="Add"/>); pages are painted and compressed as they fill,
/// so a class of a thousand is never held laid out whole. Deterministic: the same class gives the
/// same bytes.
/// </summary>
public sealed class InstructorKeyPdf : IDisposable
{
    /// <summary>A size smaller than the sheets: the key is looked things up in, not read through, and more students fit a page.</summary>
    private static readonly LayoutStyle KeyStyle = LayoutStyle.Default with { BodySize = 9.5, NoteSize = 8, SubheadingSize = 10.5 };

    private readonly ExamBlueprint _blueprint;
    private readonly PagedPdfWriter _writer = new(PageSetup.A4);
    private readonly StreamingPaginator _paginator = new(PageSetup.A4);
    private readonly List<(string First, string Last)> _studentsOnPages = [];
    // The document's identity (its /ID) is a hash of the whole class, known only at the end.
    private readonly IncrementalHash _class = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int _students;

    public InstructorKeyPdf(ExamBlueprint blueprint) => _blueprint = blueprint;

    /// <summary>A student's block of the key, laid out. Thread-safe: call it for many students at once.</summary>
    public static FlowBlock Layout(StudentExam exam)
    {
        try
        {
            var items = new AnswerGridLayout(PdfTextMeasurer.Instance, KeyStyle).Flow(InstructorKeyDocument.For(exam), PageSetup.A4.ContentWidth);
            return new FlowBlock(exam.Student.Id, items);
        }
        catch (LayoutException e)
        {
            throw e.Within($"student {exam.Student.Id}, instructor key");
        }
    }

    /// <summary>Adds the next student's block, in roster order; full pages are written at once.</summary>
    public void Add(FlowBlock student)
    {
        _class.AppendData(Encoding.UTF8.GetBytes(student.Name + "\n"));
        _students++;
        foreach (var page in _paginator.Add(student)) Write(page);
    }

    /// <summary>Writes the finished key to <paramref name="output"/>.</summary>
    public void Write(Stream output)
    {
        if (_paginator.Finish() is { } last) Write(last);
        var furniture = new DocumentLayout(PdfTextMeasurer.Instance);
        _writer.Write((number, count) =>
        {
            var (first, lastOnPage) = number <= _studentsOnPages.Count ? _studentsOnPages[number - 1] : ("", "");
            return furniture.Furniture(InstructorKeyDocument.Frame(_blueprint, first, lastOnPage), number, count);
        }, Metadata(Convert.ToHexString(_class.GetHashAndReset())), output);
    }

    private void Write(FilledPage page)
    {
        _writer.AddPage(page.Content);
        _studentsOnPages.Add((page.Blocks[0], page.Blocks[^1]));
    }

    private PdfMetadata Metadata(string classHash) => new(
        $"{_blueprint.Title} — instructor key",
        $"{_students} student{(_students == 1 ? "" : "s")}",
        _blueprint.Course,
        ExamPdfs.Date(_blueprint),
        $"{_blueprint.Id}\ninstructor key\n{classHash}");

    public void Dispose()
    {
        _writer.Dispose();
        _class.Dispose();
    }
}
