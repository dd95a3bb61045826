using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Numbers;

namespace DeepExam.Grading.Scoring;

/// <summary>One roster student's result: every part's grade (zero when missing), the totals, and notes for the instructor.</summary>
public sealed record StudentGrade(
    Student Student,
    SubmissionStatus Status,
    string? File,
    ImmutableArray<PartGrade> Parts,
    ImmutableArray<string> Notes)
{
    public Rational Total => Parts.Aggregate(Rational.Zero, (s, p) => s + p.Points);
    public Rational Max => Parts.Aggregate(Rational.Zero, (s, p) => s + p.MaxPoints);
}
