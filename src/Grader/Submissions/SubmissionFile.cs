namespace DeepExam.Grading.Submissions;

/// <summary>
/// An answer file found in the submissions folder. <see cref="Name"/> is its path relative to that
/// folder, with '/' between folders and its bytes shown by <see cref="FileNameText"/>; <see cref="Length"/>
/// and <see cref="LastWriteUtc"/> are what the open file said when it was read.
/// </summary>
public sealed record SubmissionFile(string Name, long Length, DateTime LastWriteUtc);
