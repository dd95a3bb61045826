using System.Collections.Immutable;
using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// What sampling one template many times found: how many distinct variants, how many draws a variant
/// took on average, and every distinct error (constraint that cannot be met, solver or text error).
/// </summary>
public sealed record TemplateReport(string TemplateId, string File, int Samples, int DistinctVariants, double VariantSpace, double MeanAttempts, ImmutableArray<Diagnostic> Errors, ImmutableArray<MistakeOverlap> Overlaps)
{
    public bool Passed => Errors.IsEmpty;
}
