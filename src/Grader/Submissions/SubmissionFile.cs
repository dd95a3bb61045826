namespace DeepExam.Grading.Submissions;

/// <summary>A file found in the submissions folder. <see cref="Name"/> is its path relative to that folder.</summary>
public sealed record SubmissionFile(string Path, string Name, long Length, DateTime LastWriteUtc);
