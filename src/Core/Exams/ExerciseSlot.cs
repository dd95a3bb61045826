using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Exams;

/// <summary>
/// A numbered place in an exam: one fixed exercise, or a pool each student draws one from.
/// When <see cref="Points"/> is given the parts' points are scaled to sum to it. <see cref="Pins"/> fix
/// parameters of a single-exercise slot for every student; the others are still drawn per student.
/// </summary>
public sealed record ExerciseSlot(int Number, ImmutableArray<string> Pool, Rational? Points, SourceLocation Location, ImmutableArray<PinnedParameter> Pins)
{
    public IReadOnlyDictionary<string, Value> PinnedValues => Pins.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
