using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// A known mistake that equals the correct answer in some variants: there the grader cannot tell the
/// mistake apart, so the template should add a constraint that keeps them different. The share is of the
/// variants where the mistake applies (<see cref="OnlyWhereItApplies"/> when its <c>when</c> left some out).
/// </summary>
public sealed record MistakeOverlap(string PartId, string Mistake, SourceLocation Location, double Share, bool OnlyWhereItApplies = false)
{
    public override string ToString() =>
        $"{Location}: warning: part '{PartId}': mistake '{Mistake}' equals the correct answer in {Percent} of {(OnlyWhereItApplies ? "the variants where it applies" : "variants")}";

    // A rare overlap (1 in 900) must not read as 0%.
    private string Percent => (Share * 100).ToString(Share < 0.01 ? "0.0#" : "0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
