using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;

namespace DeepExam.Grading.Reports;

/// <summary>
/// What a grading run keeps of a roster student once their feedback is written: what grades.csv, the LMS gradebook,
/// the issue report, the feedback upload and the console summary read. <see cref="Total"/>, <see cref="Max"/> and each
/// part's points are the <see cref="PrintedPoints"/>, the figures every report prints.
/// <para>
/// The answers as given, the correct answers and the feedback lines are most of a <see cref="StudentGrade"/> (about
/// 7 KB a student) and are written to the student's feedback files in the loop, so they are not kept: held until
/// grades.csv, a class's grades were carried through every garbage collection of the run into the oldest generation.
/// </para>
/// </summary>
public sealed record GradedStudent(
    Student Student,
    SubmissionStatus Status,
    string? File,
    ImmutableArray<string> Notes,
    ImmutableArray<GradedPart> Parts,
    Rational Total,
    Rational Max)
{
    /// <summary>The printed total as a percentage of the printed maximum, to one decimal.</summary>
    public string Percent => PointsText.Percent(Total, Max);

    /// <param name="printed">The grade's <see cref="PrintedPoints"/>, worked out once per student for all its reports.</param>
    public static GradedStudent Of(StudentGrade grade, PrintedPoints printed)
    {
        var parts = ImmutableArray.CreateBuilder<GradedPart>(grade.Parts.Length);
        for (var i = 0; i < grade.Parts.Length; i++)
        {
            var part = grade.Parts[i];
            parts.Add(new GradedPart(part.Key, part.Status, part.Matched, printed.Parts[i]));
        }
        return new GradedStudent(grade.Student, grade.Status, grade.File, grade.Notes, parts.MoveToImmutable(), printed.Total, printed.Max);
    }

    public static GradedStudent Of(StudentGrade grade) => Of(grade, PrintedPoints.Of(grade));
}
