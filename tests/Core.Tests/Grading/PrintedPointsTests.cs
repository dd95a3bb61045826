using DeepExam.Exams;
using DeepExam.Grading.Reports;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;
using DeepExam.Templates;
using DeepExam.Tests.Output;
using FsCheck;
using FsCheck.Fluent;

namespace DeepExam.Tests.Grading;

public class PrintedPointsTests
{
    private static PartGrade Part(string key, Rational points, Rational max) =>
        new(key, AnswerKind.Exact, points == max ? PartStatus.Correct : PartStatus.Partial, points, max, "", "", [], null, PartVerdict.Correct);

    private static StudentGrade Grade(params PartGrade[] parts) =>
        new(new Student("s1", "Ada", "s1"), SubmissionStatus.Graded, "s1.yaml", [.. parts], []);

    private static readonly Rational Hundred = 100;
    private static Rational R(int n, int d = 1) => new(n, d);

    /// <summary>Exercise 1 scaled to 6 points over 7 equal parts (6/7 each), exercise 2 to 21 points over 3.</summary>
    private static StudentGrade FullMarksOn27(Func<Rational, Rational>? share = null) => Grade(
        [.. Enumerable.Range(0, 7).Select(i => Part($"1.{(char)('a' + i)}", (share ?? (m => m))(R(6, 7)), R(6, 7))),
         .. Enumerable.Range(0, 3).Select(i => Part($"2.{(char)('a' + i)}", (share ?? (m => m))(7), 7))]);

    [Test]
    public void Parts_scaled_to_sevenths_print_cents_that_sum_to_the_exams_27_points()
    {
        var grade = FullMarksOn27();
        Assert.That(grade.Parts.Aggregate(Rational.Zero, (sum, p) => sum + PrintedPoints.Cents(p.Points)), Is.EqualTo(R(2702, 100)), "each part rounded on its own: the issue's 27.02");

        var printed = PrintedPoints.Of(grade);
        Assert.That(printed.Parts.Select(p => p.Max.ToDecimalString(2)), Is.EqualTo(new[] { "0.86", "0.86", "0.86", "0.86", "0.86", "0.85", "0.85", "7", "7", "7" }));
        Assert.That(printed.Parts.Select(p => p.Points), Is.EqualTo(printed.Parts.Select(p => p.Max)), "full marks print as the printed maximum");
        Assert.That((printed.Total, printed.Max, printed.Percent), Is.EqualTo((R(27), R(27), "100")));
    }

    [Test]
    public void The_gradebook_row_of_the_27_point_exam_adds_up()
    {
        using var text = new StringWriter();
        GradebookWriter.Write(text, [GradedStudent.Of(FullMarksOn27()), GradedStudent.Of(FullMarksOn27(m => m / 2))]);
        var rows = CsvRows.Parse(text.ToString());
        Assert.That(rows[1][3..], Is.EqualTo(new[] { "0.86", "0.86", "0.86", "0.86", "0.86", "0.85", "0.85", "7", "7", "7", "27", "27", "100", "s1.yaml" }));
        // Half marks: 0.43 of 0.86 and 0.425 of 0.85, rounded half away from zero to 0.43.
        Assert.That(rows[2][3..], Is.EqualTo(new[] { "0.43", "0.43", "0.43", "0.43", "0.43", "0.43", "0.43", "3.5", "3.5", "3.5", "13.51", "27", "50", "s1.yaml" }));
    }

    [TestCase(1, 8, "0.13")]
    [TestCase(-1, 8, "-0.13")]
    [TestCase(1, 200, "0.01")]
    [TestCase(1, 3, "0.33")]
    [TestCase(2, 3, "0.67")]
    [TestCase(27, 7, "3.86")]
    [TestCase(5, 2, "2.5")]
    public void Cents_round_half_away_from_zero(int numerator, int denominator, string cents)
    {
        Assert.That(PrintedPoints.Cents(R(numerator, denominator)).ToDecimalString(2), Is.EqualTo(cents));
    }

    /// <summary>An exam as the solver scales it: per slot, template points spread over its parts; per part, a share earned.</summary>
    public sealed record Exam(int[][] TemplatePoints, int[] SlotPoints, int[] ShareSixths)
    {
        public StudentGrade Grade()
        {
            var parts = new List<PartGrade>();
            var k = 0;
            for (var s = 0; s < TemplatePoints.Length; s++)
            {
                var scale = R(SlotPoints[s]) / TemplatePoints[s].Sum();
                for (var p = 0; p < TemplatePoints[s].Length; p++)
                {
                    var max = TemplatePoints[s][p] * scale;
                    parts.Add(Part($"{s + 1}.{(char)('a' + p)}", max * R(ShareSixths[k++ % ShareSixths.Length], 6), max));
                }
            }
            return PrintedPointsTests.Grade([.. parts]);
        }

        public override string ToString() =>
            $"slots {string.Join(" | ", TemplatePoints.Select((t, s) => $"{SlotPoints[s]}: {string.Join(" ", t)}"))}; shares {string.Join(" ", ShareSixths)}/6";
    }

    private static readonly Gen<Exam> Exams =
        from slots in Gen.Choose(1, 8)
        from template in Gen.Choose(1, 4).ArrayOf().Where(a => a.Length is > 0 and <= 7).ArrayOf(slots)
        from points in Gen.Choose(1, 13).ArrayOf(slots)
        from shares in Gen.Choose(0, 6).ArrayOf().Where(a => a.Length > 0)
        select new Exam(template, points, shares);

    [Property(MaxTest = 1000)]
    public Property Printed_parts_always_sum_to_the_printed_total_and_maxima_to_the_exams_points()
    {
        return Prop.ForAll(Exams.ToArbitrary(), exam =>
        {
            var grade = exam.Grade();
            var printed = PrintedPoints.Of(grade);
            var sum = printed.Parts.Aggregate(Rational.Zero, (s, p) => s + p.Points);
            var maxSum = printed.Parts.Aggregate(Rational.Zero, (s, p) => s + p.Max);
            var cent = R(1, 100);
            var close = grade.Parts.Zip(printed.Parts).All(x =>
                (x.Second.Points * Hundred).IsInteger && (x.Second.Max * Hundred).IsInteger
                && x.Second.Points.Sign >= 0 && x.Second.Points <= x.Second.Max
                && (x.First.Points != x.First.MaxPoints || x.Second.Points == x.Second.Max)
                && (x.First.Points - x.Second.Points).Abs() < cent * 3 / 2
                && (x.First.MaxPoints - x.Second.Max).Abs() < cent);
            var slots = Enumerable.Range(0, exam.SlotPoints.Length).All(s =>
                printed.Parts.Where((_, i) => grade.Parts[i].Key.StartsWith($"{s + 1}.", StringComparison.Ordinal)).Aggregate(Rational.Zero, (t, p) => t + p.Max) == exam.SlotPoints[s]);
            return sum == printed.Total && maxSum == printed.Max && printed.Max == exam.SlotPoints.Sum() && slots && close;
        });
    }
}
