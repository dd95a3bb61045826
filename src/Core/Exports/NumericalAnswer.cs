using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Exports;

/// <summary>
/// One number field of an LMS question: the decimal written as the correct answer, its absolute tolerance, and the
/// known mistakes after it, each with its own interval. The intervals are disjoint and the correct one comes first,
/// so an LMS that takes the first answer whose interval holds the response (Moodle does) gives each its own feedback.
/// </summary>
public sealed record NumericalAnswer(Rational Value, Rational Tolerance, ImmutableArray<NumericalMistake> Mistakes)
{
    public Rational Low => Value - Tolerance;
    public Rational High => Value + Tolerance;
}
