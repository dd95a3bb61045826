namespace DeepExam.Layout;

/// <summary>
/// What every page carries besides its content: a header (left and right text) and a footer (left
/// text, and "Page X of Y" on the right, filled in once the pages are counted).
/// </summary>
public sealed record PageFrame(string HeaderLeft, string HeaderRight, string FooterLeft)
{
    public static PageFrame None { get; } = new("", "", "");

    public static string PageNumber(int page, int pages) => $"Page {page} of {pages}";
}
