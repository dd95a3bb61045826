namespace DeepExam.Documents;

/// <summary>
/// What a document says about itself, for any backend (a PDF's document information, an HTML page's
/// title). <see cref="Date"/> is the exam's date, never the clock, and <see cref="Identity"/> seeds the
/// file's identifiers, so the same inputs give byte-identical files.
/// </summary>
public sealed record DocumentInfo(string Title, string Subject, string Author, DateOnly Date, string Identity);
