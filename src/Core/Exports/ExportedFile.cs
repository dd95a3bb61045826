namespace DeepExam.Exports;

/// <summary>A file of a question bank, by its path relative to the output folder ('/' as separator), and its bytes.</summary>
public sealed record ExportedFile(string Path, byte[] Content);
