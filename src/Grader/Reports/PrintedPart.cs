using DeepExam.Numbers;

namespace DeepExam.Grading.Reports;

/// <summary>One part's points and maximum as printed: whole cents (see <see cref="PrintedPoints"/>).</summary>
public readonly record struct PrintedPart(Rational Points, Rational Max);
