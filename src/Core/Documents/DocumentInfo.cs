namespace DeepExam.Documents;

/// <summary>
/// What a document says about itself, for any backend (a PDF's document information, an HTML page's
/// title). <see cref="Date"/> is the exam's date, never the clock, and <see cref="Identity"/> seeds the
/// file's identifiers, so the same inputs give byte-identical files.
/// </summary>
public sealed record DocumentInfo(string Title, string Subject, string Author, DateOnly Date, string Identity)
{
    /// <summary>The language the document is written in, as a BCP 47 tag (a tagged PDF's /Lang, an HTML page's lang).</summary>
    public string Language { get; init; } = "en";
}
