namespace DeepExam.Grading.Submissions;

/// <summary>
/// An answer file found in the submissions folder. <see cref="Name"/> is its path relative to that
/// folder, with '/' between folders and its bytes shown by <see cref="FileNameText"/>; <see cref="Length"/>
/// and <see cref="LastWriteUtc"/> are what the open file said when it was read. A file read from a ZIP
/// (<see cref="SubmissionArchive"/>) has its entry's place in the archive, counted from 1, as
/// <see cref="ArchiveOrder"/>; a file on disk has 0.
/// </summary>
public sealed record SubmissionFile(string Name, long Length, DateTime LastWriteUtc)
{
    public int ArchiveOrder { get; init; }
}
