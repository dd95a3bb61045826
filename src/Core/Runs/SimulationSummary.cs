using System.Collections.Immutable;

namespace DeepExam.Runs;

/// <summary>What a simulation wrote: one answer file per student; <see cref="Notices"/> says what it cleaned up after interrupted runs.</summary>
public sealed record SimulationSummary(int Students, string OutputFolder, bool Replaced, ImmutableArray<string> Notices);
