namespace DeepExam.Grading.Submissions;

/// <summary>
/// How much of a ZIP of submissions is read. An LMS download of a 1,000-student course holds a few
/// thousand entries of a few kilobytes; the limits are far beyond that and only stop an archive built
/// to exhaust memory or time. Every entry is inflated in memory and read only up to the answer-file
/// limit (<see cref="SubmissionReader.MaxBytes"/>) plus one byte, so no entry can grow past that
/// whatever its header claims; <see cref="MaxTotalBytes"/> bounds the sum, and <see cref="MaxRatio"/>
/// refuses an entry that inflates far more than any text does (a zip bomb's signature).
/// </summary>
public sealed record ArchiveLimits(int MaxEntries, long MaxTotalBytes, int MaxRatio)
{
    public static ArchiveLimits Default { get; } = new(MaxEntries: 200_000, MaxTotalBytes: 1L << 30, MaxRatio: 200);
}
