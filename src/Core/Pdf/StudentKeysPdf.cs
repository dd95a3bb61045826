using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Many students' keys (<see cref="StudentKey"/>) in one PDF, in the order they are added, several
/// to a page and each one on one page when it fits on one. Each key is laid out on its own, on any
/// thread (<see cref="Layout"/>), then added in order (<see cref="Add"/>); pages are painted and
/// compressed as they fill, so a class of a thousand is never held laid out whole. Deterministic:
/// the same keys give the same bytes.
/// </summary>
public sealed class StudentKeysPdf
{
    /// <summary>A size smaller than the sheets: a key is looked things up in, not read through, and more students fit a page.</summary>
    private static readonly LayoutStyle KeyStyle = LayoutStyle.Default with { BodySize = 9.5, NoteSize = 8, SubheadingSize = 10.5 };

    private readonly PagedPdfWriter _writer = new(PageSetup.A4);
    private readonly StreamingPaginator _paginator = new(PageSetup.A4);
    private readonly List<(string First, string Last)> _keysOnPages = [];

    /// <summary>A student's key, laid out, under the student's id. Thread-safe: call it for many students at once.</summary>
    public static FlowBlock Layout(StudentKey key) =>
        new(key.Id, new AnswerGridLayout(PdfTextMeasurer.Instance, KeyStyle).Flow(key, PageSetup.A4.ContentWidth));

    /// <summary>Adds the next key, in order; full pages are written at once.</summary>
    public void Add(FlowBlock key)
    {
        foreach (var page in _paginator.Add(key)) Write(page);
    }

    /// <summary>Writes the finished document to <paramref name="output"/>.</summary>
    /// <param name="heads">The heads of a page, given the ids of the first and the last student on it ("" on an empty page).</param>
    public void Write(Func<string, string, RunningHeads> heads, DocumentInfo info, Stream output)
    {
        if (_paginator.Finish() is { } last) Write(last);
        var furniture = new DocumentLayout(PdfTextMeasurer.Instance);
        _writer.Write((number, count) =>
        {
            var (first, lastOnPage) = number <= _keysOnPages.Count ? _keysOnPages[number - 1] : ("", "");
            return furniture.Furniture(PageFrame.Of(heads(first, lastOnPage)), number, count);
        }, info, output);
    }

    private void Write(FilledPage page)
    {
        _writer.AddPage(page.Content);
        _keysOnPages.Add((page.Blocks[0], page.Blocks[^1]));
    }
}
