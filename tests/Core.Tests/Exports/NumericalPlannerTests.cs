using System.Collections.Immutable;
using DeepExam.Exports;
using DeepExam.Numbers;
using DeepExam.Templates;
using static DeepExam.Tests.Grading.AnswerParserTests;

namespace DeepExam.Tests.Exports;

public class NumericalPlannerTests
{
    private static PartTemplate Template(string kind, string extra = "") => Part(kind, kind == "vector" ? "[1, 2]" : "1", extra).Template;

    private static NumericalPlan Plan(PartTemplate part, Number expected, params (int Rule, Number Value)[] mistakes) =>
        NumericalPlanner.Plan(part, part.Kind == AnswerKind.Approximate, [new NumericalCell(expected, [.. mistakes])]);

    private static string Shown(NumericalAnswer a) =>
        $"{ExactDecimal.Text(a.Value)}±{ExactDecimal.Text(a.Tolerance)}" + string.Concat(a.Mistakes.Select(m => $" | {m.Rule}: {ExactDecimal.Text(m.Value)}±{ExactDecimal.Text(m.Tolerance)}"));

    [Test]
    public void An_integer_is_matched_exactly_and_its_mistakes_exactly_too()
    {
        var plan = Plan(Template("integer"), 12, (0, 13), (1, 7));
        Assert.That((Shown(plan.Fields[0]), plan.StatedPlaces), Is.EqualTo(("12±0 | 0: 13±0 | 1: 7±0", (int?)null)));
    }

    [Test]
    public void A_fraction_without_digits_is_asked_for_to_two_places_about_a_centre_six_places_finer()
    {
        // 425/18 = 23.6111…: the centre 23.61111111 is 1/9 × 10⁻⁸ below it; the tolerance is half a unit in the 2nd place plus that, rounded up.
        var plan = Plan(Template("exact"), new Rational(425, 18));
        Assert.That((Shown(plan.Fields[0]), plan.StatedPlaces), Is.EqualTo(("23.61111111±0.005000002", (int?)2)));
    }

    [Test]
    public void Places_are_added_until_the_correct_interval_keeps_a_close_mistake_out()
    {
        // 1/3 and 0.334: both 0.33 at two places; at three, 0.334 lies 0.00067 from 1/3, beyond the half unit 0.0005.
        var plan = Plan(Template("exact"), new Rational(1, 3), (0, new Rational(334, 1000)));
        Assert.That(plan.StatedPlaces, Is.EqualTo(3));
        Assert.That(plan.Fields[0].Mistakes.Single().Value, Is.EqualTo(new Rational(334, 1000)));
    }

    [Test]
    public void With_digits_a_mistake_inside_the_rounding_leaves_no_tolerance_and_the_variant_is_skipped()
    {
        var plan = Plan(Template("exact", "    digits: 2\n"), new Rational(425, 18), (0, new Rational(2361, 100)));
        Assert.That(plan.Failure, Is.EqualTo("known mistake 1 (2361/100) lies within ±0.005000002 of the answer"));
    }

    [Test]
    public void A_neighbouring_integer_inside_the_rounding_leaves_no_tolerance()
    {
        var plan = Plan(Template("exact", "    digits: 0\n"), new Rational(5, 2));
        Assert.That(plan.Failure, Does.StartWith("the neighbouring integer 2 lies within ±0.5"));
    }

    [Test]
    public void An_approximate_answer_takes_the_parts_relative_tolerance_as_an_absolute_one()
    {
        // 1 % of 2.5 with the grader's 10⁻¹² slack, as the double the grader compares with.
        var plan = Plan(Template("approx", "    tolerance: { relative: 0.01 }\n"), Number.Approx(2.5), (0, Number.Approx(-2.5)));
        Assert.That(Shown(plan.Fields[0]), Is.EqualTo("2.5±0.025000000000025002 | 0: -2.5±0.025000000000025002"));
    }

    [Test]
    public void A_mistake_within_an_approximate_tolerance_gets_no_answer_of_its_own_as_the_grader_calls_it_right()
    {
        var plan = Plan(Template("approx", "    tolerance: { absolute: 0.1 }\n"), Number.Approx(2.5), (0, Number.Approx(2.55)), (1, Number.Approx(3)));
        Assert.That(plan.Fields[0].Mistakes.Select(m => m.Rule), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Mistake_intervals_are_cut_back_so_that_no_two_answers_overlap()
    {
        var plan = Plan(Template("approx", "    tolerance: { absolute: 0.1 }\n"), Number.Approx(1), (0, Number.Approx(2)), (1, Number.Approx(2.15)), (2, Number.Approx(2)));
        var intervals = new[] { (plan.Fields[0].Low, plan.Fields[0].High) }.Concat(plan.Fields[0].Mistakes.Select(m => (m.Low, m.High))).ToList();
        // The repeated value 2 of rule 2 lands on rule 0's answer; rule 1's interval stops short of rule 0's.
        Assert.That(plan.Fields[0].Mistakes.Select(m => m.Rule), Is.EqualTo(new[] { 0, 1 }));
        for (var i = 0; i < intervals.Count; i++)
            for (var j = i + 1; j < intervals.Count; j++)
                Assert.That(intervals[i].High < intervals[j].Low || intervals[j].High < intervals[i].Low, Is.True, $"{intervals[i]} and {intervals[j]}");
    }

    [Test]
    public void The_same_places_are_asked_for_every_entry_of_a_table()
    {
        // 2/3 and 0.667 are 0.00033 apart: four places; 1/4 is then asked for to four places too.
        var part = Template("vector");
        var plan = NumericalPlanner.Plan(part, false, ImmutableArray.Create(
            new NumericalCell(new Rational(1, 4), []), new NumericalCell(new Rational(2, 3), [(0, new Rational(667, 1000))])));
        Assert.That((plan.StatedPlaces, Shown(plan.Fields[0])), Is.EqualTo(((int?)4, "0.25±0.00005")));
    }
}
