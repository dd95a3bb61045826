using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Numbers;

namespace DeepExam.Exams;

/// <summary>
/// A numbered place in an exam: one fixed exercise, or a pool each student draws one from.
/// When <see cref="Points"/> is given the parts' points are scaled to sum to it.
/// </summary>
public sealed record ExerciseSlot(int Number, ImmutableArray<string> Pool, Rational? Points, SourceLocation Location);
