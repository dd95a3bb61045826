using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// What validating one template found: how many distinct variants, how many draws a variant takes on average, and
/// every distinct error (constraint that cannot be met, solver or text error). <see cref="Enumerated"/>: the space was
/// small enough to try every combination, <see cref="Samples"/> of them, of which <see cref="Rejected"/> failed a
/// constraint; otherwise <see cref="Samples"/> variants were drawn from fixed seeds.
/// </summary>
public sealed record TemplateReport(string TemplateId, string File, int Samples, int DistinctVariants, double VariantSpace, double MeanAttempts,
    ImmutableArray<Diagnostic> Errors, ImmutableArray<MistakeOverlap> Overlaps, bool Enumerated, int Rejected)
{
    public bool Passed => Errors.IsEmpty;

    /// <summary>Template names that a part's working shows in their raw spelling (see Working.RawNameCheck); warnings, not errors.</summary>
    public ImmutableArray<RawNameWarning> RawNames { get; init; } = [];

    /// <summary>One line for the report: "all 9 variants enumerated (12 combinations, 3 rejected)…" or "484 distinct of 1000 sampled…".</summary>
    public string Summary => Enumerated
        ? string.Create(CultureInfo.InvariantCulture,
            $"all {Samples - Rejected} variants enumerated ({Samples} combinations, {Rejected} rejected), {MeanAttempts:0.0} draws per variant")
        : string.Create(CultureInfo.InvariantCulture,
            $"{DistinctVariants} distinct of {Samples} sampled (space {(VariantSpace >= 1e9 ? "≥1e9" : VariantSpace.ToString("0", CultureInfo.InvariantCulture))}), {MeanAttempts:0.0} draws per variant");
}
