using System.Collections.Immutable;
using DeepExam.Formats;

namespace DeepExam.Runs;

/// <summary>
/// What a generation run wrote: the files of its formats (<see cref="Outputs"/>, as the writers declare them) for
/// <see cref="Students"/> students; <see cref="Notices"/> says what it cleaned up after interrupted runs.
/// </summary>
public sealed record GenerationSummary(string ExamId, int Students, ImmutableArray<OutputFile> Outputs, string OutputFolder, bool Replaced, TimeSpan Elapsed,
    ImmutableArray<string> Notices)
{
    /// <summary>How many files the run wrote: one per student of each per-student output, one of each class-wide one.</summary>
    public int Files => Outputs.Sum(o => o.Count(Students));
}
