using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// A known mistake that equals the correct answer in some variants: there the grader cannot tell the
/// mistake apart, so the template should add a constraint that keeps them different.
/// </summary>
public sealed record MistakeOverlap(string PartId, string Mistake, SourceLocation Location, double Share)
{
    public override string ToString() =>
        $"{Location}: warning: part '{PartId}': mistake '{Mistake}' equals the correct answer in {Share:P0} of variants".Replace(" %", "%");
}
