using System.Collections.Immutable;

namespace DeepExam.Grading.Submissions;

/// <summary>What a walk over the submissions folder found: every answer file read (or why it could not be), and everything else. Both in ordinal order of name.</summary>
public sealed record SubmissionFolderContents(ImmutableArray<SubmissionRead> Reads, ImmutableArray<SkippedEntry> Skipped);
