namespace DeepExam.Grading.Submissions;

/// <summary>The outcome of reading one file: a submission, or why the file could not be read at all.</summary>
public sealed record SubmissionRead(SubmissionFile File, Submission? Submission, string? Problem);
