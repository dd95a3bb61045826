using DeepExam.Documents;

namespace DeepExam.Layout;

/// <summary>
/// What every page carries besides its content: a header (left and right text) and a footer (left
/// text, and "Page X of Y" on the right, filled in once the pages are counted).
/// </summary>
public sealed record PageFrame(string HeaderLeft, string HeaderRight, string FooterLeft)
{
    public static PageFrame None { get; } = new("", "", "");

    /// <summary>A document's running heads on its pages: the title top left, the reader top right, the reference bottom left.</summary>
    public static PageFrame Of(RunningHeads heads) => new(heads.Title, heads.Reader, heads.Reference);

    public static string PageNumber(int page, int pages) => $"Page {page} of {pages}";
}
