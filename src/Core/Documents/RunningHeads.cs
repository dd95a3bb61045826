namespace DeepExam.Documents;

/// <summary>
/// What a document repeats wherever a reader may open it: its running title, whom it is for, and a
/// reference the reader quotes (a check code). A backend decides where they go: the PDF puts them in
/// every page's header and footer.
/// </summary>
public sealed record RunningHeads(string Title, string Reader, string Reference)
{
    public static RunningHeads None { get; } = new("", "", "");
}
