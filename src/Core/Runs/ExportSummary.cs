using System.Collections.Immutable;
using DeepExam.Exports;

namespace DeepExam.Runs;

/// <summary>
/// What an export wrote: the bank, how many exercises and variants, the files, the variants the format could not express
/// (<see cref="Skipped"/>), and the exercises with fewer distinct variants than asked for (<see cref="Shortfalls"/>).
/// </summary>
public sealed record ExportSummary(string ExamId, string Format, int Exercises, int Variants, ImmutableArray<string> Files,
    ImmutableArray<SkippedVariant> Skipped, ImmutableArray<string> Shortfalls, string OutputFolder, bool Replaced, TimeSpan Elapsed, ImmutableArray<string> Notices)
{
    /// <summary>Variants in the bank: drawn, less those the format skipped.</summary>
    public int Exported => Variants - Skipped.Length;
}
