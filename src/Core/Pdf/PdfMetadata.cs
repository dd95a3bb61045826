namespace DeepExam.Pdf;

/// <summary>
/// The document information of a PDF. <see cref="Date"/> is the exam's date, never the clock, and
/// <see cref="Identity"/> seeds the file identifier, so the same inputs give byte-identical files.
/// </summary>
public sealed record PdfMetadata(string Title, string Subject, string Author, DateOnly Date, string Identity);
