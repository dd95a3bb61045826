using System.Collections.Immutable;
using DeepExam.Solving;

namespace DeepExam.Exams;

/// <summary>One student's exam: every slot sampled and solved. Each writer (key, sheet, PDF) is a view of it.</summary>
public sealed record StudentExam(ExamBlueprint Blueprint, Student Student, string CheckCode, ImmutableArray<SolvedExercise> Exercises)
{
    public IEnumerable<SolvedPart> Parts => Exercises.SelectMany(e => e.Parts);
    public Numbers.Rational TotalPoints => Parts.Aggregate(Numbers.Rational.Zero, (sum, p) => sum + p.Points);
}
