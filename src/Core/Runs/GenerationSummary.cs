using System.Collections.Immutable;

namespace DeepExam.Runs;

/// <summary>What a generation run wrote; <see cref="Notices"/> says what it cleaned up after interrupted runs.</summary>
public sealed record GenerationSummary(string ExamId, int Students, int Files, string OutputFolder, bool Replaced, TimeSpan Elapsed, ImmutableArray<string> Notices);
