namespace DeepExam.Grading.Submissions;

/// <summary>
/// How far a walk over the submissions folder goes. An LMS download is two or three folders deep and
/// holds a few files per student; the limits are far beyond that and only stop a folder built to
/// exhaust memory or time (millions of entries, a path thousands of folders deep).
/// </summary>
public sealed record FolderLimits(int MaxDepth, int MaxEntries)
{
    public static FolderLimits Default { get; } = new(MaxDepth: 32, MaxEntries: 1_000_000);
}
