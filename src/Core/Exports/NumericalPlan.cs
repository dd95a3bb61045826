using System.Collections.Immutable;

namespace DeepExam.Exports;

/// <summary>
/// The number fields of one part, or why the part cannot be exported in this variant. <see cref="StatedPlaces"/> is
/// the number of decimal places the question must ask for: the part's <c>digits</c>, or, for an exact answer whose
/// decimal does not terminate and a part without <c>digits</c>, the fewest places that keep every known mistake and
/// neighbouring integer out of the correct interval (an LMS reads decimals, not fractions).
/// </summary>
public sealed record NumericalPlan(ImmutableArray<NumericalAnswer> Fields, int? StatedPlaces, string? Failure)
{
    public bool Exportable => Failure is null;

    public static NumericalPlan Failed(string reason) => new([], null, reason);
}
