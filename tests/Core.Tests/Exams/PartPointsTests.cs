using DeepExam.Exams;
using DeepExam.Numbers;
using FsCheck;
using FsCheck.Fluent;

namespace DeepExam.Tests.Exams;

/// <summary>An exercise's points in an exam shared among its parts in steps of ½ (or ¼), summing exactly.</summary>
public class PartPointsTests
{
    private static Rational[] R(params string[] values) => [.. values.Select(v => Rational.Parse(v))];

    [TestCase(new[] { "1", "2", "2", "2" }, "8", new[] { "1", "2.5", "2.5", "2" }, "1/2", Description = "7 points scaled to 8: the earlier of equal remainders first")]
    [TestCase(new[] { "2", "2", "1", "2", "1" }, "8", new[] { "2", "2", "1", "2", "1" }, null, Description = "the exam gives the exercise its own total: as written")]
    [TestCase(new[] { "1", "1", "1" }, "10", new[] { "3.5", "3.5", "3" }, "1/2")]
    [TestCase(new[] { "1", "1", "1" }, "2", new[] { "1", "0.5", "0.5" }, "1/2")]
    [TestCase(new[] { "1", "1", "1", "1", "1" }, "2", new[] { "0.5", "0.5", "0.5", "0.25", "0.25" }, "1/4", Description = "halves would leave a part with none")]
    [TestCase(new[] { "5", "1" }, "2", new[] { "1.5", "0.5" }, "1/2")]
    [TestCase(new[] { "8", "1", "1" }, "2", new[] { "1", "0.5", "0.5" }, "1/2", Description = "a small part still gets one step; the largest gives it")]
    public void Shares_in_steps_of_a_half_or_a_quarter(string[] written, string total, string[] expected, string? step)
    {
        var points = PartPoints.Of(R(written), Rational.Parse(total))!;
        Assert.That(points.Points, Is.EqualTo(R(expected)));
        Assert.That(points.Step, Is.EqualTo(step is null ? (Rational?)null : Rational.Parse(step)));
    }

    [TestCase(new[] { "1", "1", "1", "1", "1" }, "1", Description = "four quarters for five parts")]
    [TestCase(new[] { "1", "1" }, "1/3", Description = "a total that is no whole number of quarters")]
    public void Points_no_step_can_share_are_refused(string[] written, string total) =>
        Assert.That(PartPoints.Of(R(written), Rational.Parse(total)), Is.Null);

    [Property]
    public Property The_parts_always_sum_to_the_total_each_above_zero_and_less_than_two_steps_from_its_exact_share()
    {
        var cases = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 8), n))
            .SelectMany(w => Gen.Choose(1, 60).Select(t => (Written: w, Total: new Rational(t, 2))));
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var written = c.Written.Select(w => new Rational(w)).ToArray();
            var sum = written.Aggregate(Rational.Zero, (s, w) => s + w);
            var points = PartPoints.Of(written, c.Total);
            if (points is null) return written.Length * PartPoints.Quarter > c.Total;
            if (points.NeedsQuarters && written.Length * PartPoints.Half <= c.Total) return false;
            var step = points.Step ?? Rational.One;
            return points.Points.Aggregate(Rational.Zero, (s, p) => s + p) == c.Total
                && points.Points.All(p => p.Sign > 0 && (points.Step is null || (p / step).IsInteger))
                && points.Points.Select((p, i) => (p - written[i] * c.Total / sum).Abs()).All(d => points.Step is null || d < step * 2);
        });
    }
}
