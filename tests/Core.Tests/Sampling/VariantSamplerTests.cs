using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Sampling;

public class VariantSamplerTests
{
    private static ExerciseTemplate Template(string body)
    {
        var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText("schema: 2\nid: t\ntitle: T\n" + body, "t.yaml");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return result.Template!;
    }

    private static readonly VariantSampler Sampler = new(new ExpressionEvaluator(BuiltinRegistry.Default));

    [Test]
    public void Every_sample_meets_the_constraints()
    {
        var t = Template("""
            parameters: { a: { int: [1, 20] }, b: { int: [1, 20] } }
            derived: { s: a + b }
            constraints: [ "a < b", "s % 3 == 0" ]
            parts: [ { id: p, prompt: x, kind: integer, answer: s, points: 1 } ]
            """);
        for (var i = 0; i < 200; i++)
        {
            var scope = Sampler.Sample(t, VariantSeed.Random("e", "k", $"s{i}", "1")).Scope();
            var (a, b) = ((int)((DeepExam.Values.NumberValue)scope["a"]).Number.ExactValue.Numerator, (int)((DeepExam.Values.NumberValue)scope["b"]).Number.ExactValue.Numerator);
            Assert.That(a < b && (a + b) % 3 == 0, Is.True);
        }
    }

    [Test]
    public void A_constraint_guards_a_derived_value_below_it()
    {
        var t = Template("""
            parameters: { N: { int: [1, 10] }, K: { int: [1, 10] } }
            constraints: [ "K <= N" ]
            derived:
              out: conv_out(N, K)
            parts: [ { id: p, prompt: x, kind: integer, answer: out, points: 1 } ]
            """);
        for (var i = 0; i < 200; i++) Sampler.Sample(t, VariantSeed.Random("e", "k", $"s{i}", "1"));
    }

    [Test]
    public void Same_seed_gives_the_same_variant_and_other_students_get_others()
    {
        var t = Template("""
            parameters: { X: { matrix: [3, 3], range: [-5, 5] } }
            parts: [ { id: p, prompt: x, kind: matrix, answer: X, points: 1 } ]
            """);
        var one = Sampler.Sample(t, VariantSeed.Random("e", "k", "s1", "1")).Fingerprint;
        var again = Sampler.Sample(t, VariantSeed.Random("e", "k", "s1", "1")).Fingerprint;
        var others = Enumerable.Range(2, 50).Select(i => Sampler.Sample(t, VariantSeed.Random("e", "k", $"s{i}", "1")).Fingerprint).ToList();
        Assert.That(again, Is.EqualTo(one));
        Assert.That(others.Append(one).Distinct().Count(), Is.EqualTo(51));
    }

    [Test]
    public void A_bank_draws_k_distinct_items_the_same_for_the_same_seed_and_every_ordered_draw_in_turn()
    {
        var t = Template("""
            parameters:
              s: { sample: 3, from: [{ t: a }, { t: b }, { t: c }, { t: d }, { t: e }] }
            parts: [ { id: p, prompt: x, kind: integer, answer: len(s), points: 1 } ]
            """);
        var draws = Enumerable.Range(0, 3000).Select(i => Sampler.Sample(t, VariantSeed.Random("e", "k", $"s{i}", "1")).Scope()["s"]).ToList();
        foreach (var draw in draws)
        {
            var items = ((DeepExam.Values.ListValue)draw).Items;
            Assert.That(items.Length, Is.EqualTo(3));
            Assert.That(items.Distinct().Count(), Is.EqualTo(3), draw.ToString());
        }
        Assert.That(Sampler.Sample(t, VariantSeed.Random("e", "k", "s7", "1")).Scope()["s"], Is.EqualTo(draws[7]));
        Assert.That(draws.Select(d => d.ToString()).Distinct().Count(), Is.EqualTo(5 * 4 * 3), "every ordered draw of 3 of 5 turns up");
        var firsts = draws.GroupBy(d => ((DeepExam.Values.ListValue)d).Items[0].ToString()).Select(g => g.Count()).ToList();
        Assert.That(firsts, Has.All.InRange(480, 720), "each item comes first about a fifth of the time");
    }

    [Test]
    public void Fields_of_a_drawn_record_and_of_a_banks_items_are_read_in_expressions()
    {
        var t = Template("""
            parameters:
              statement: { choice: [{ text: x, truth: true }, { text: y, truth: false }] }
              bank: { sample: 2, from: [{ n: 1 }, { n: 2 }, { n: 3 }] }
            derived:
              both: bank[0].n + bank[1].n
            parts: [ { id: p, prompt: x, kind: bool, answer: "statement.truth == (statement.text == \"x\") and both >= 3", points: 1 } ]
            """);
        var solver = new DeepExam.Solving.ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new DeepExam.Text.TextRenderer(), renderText: false);
        for (var i = 0; i < 50; i++)
            Assert.That(solver.Solve(t, 1, VariantSeed.Random("e", "k", $"s{i}", "1")).Parts[0].Answer, Is.EqualTo(DeepExam.Values.Value.Of(true)));
    }

    [Test]
    public void An_unsatisfiable_constraint_is_named_with_its_location()
    {
        var t = Template("""
            max_tries: 50
            parameters: { a: { int: [1, 5] } }
            constraints:
              - check: a > 10
                message: never
            parts: [ { id: p, prompt: x, kind: integer, answer: a, points: 1 } ]
            """);
        var ex = Assert.Throws<InputException>(() => Sampler.Sample(t, VariantSeed.Random("e", "k", "s", "1")));
        Assert.That(ex!.Diagnostics.Single().ToString(), Is.EqualTo(
            "t.yaml:7:12: error DX0101: [t] no variant met the constraints in 50 draws: 'a > 10' (never) held in 0 of 50 draws (never). Widen the parameter ranges or relax the constraint"));
    }

    [Test]
    public void When_no_draw_meets_the_constraints_each_is_counted_on_every_draw_not_only_until_one_fails()
    {
        // 'b > 3' is checked first and fails in a third of the draws; the sampler never gets to 'r > 100' there, but the
        // report counts it on every draw that can compute r, and names it first: it never holds.
        var t = Template("""
            parameters: { a: { int: [-2, 2] }, b: { int: [1, 10] } }
            derived: { r: 6 / a }
            constraints:
              - b > 3
              - a != 0
              - r > 100
            parts: [ { id: p, prompt: x, kind: exact, answer: r, points: 1 } ]
            """);
        var ex = Assert.Throws<InputException>(() => Sampler.Sample(t, VariantSeed.Random("e", "k", "s", "1")));
        var error = ex!.Diagnostics.Single();
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.ConstraintsNeverMet));
        Assert.That(error.ToString(), Is.EqualTo(
            "t.yaml:9:5: error DX0101: [t] no variant met the constraints in 1,000 draws: 'r > 100' held in 0 of 796 draws (never; 204 others could not evaluate it); " +
            "'b > 3' held in 662 of 1,000; 'a != 0' held in 796 of 1,000. Widen the parameter ranges or relax the constraint"));
    }

    [Test]
    public void Constraints_each_met_on_their_own_but_never_together_are_reported_as_such()
    {
        var t = Template("""
            parameters: { a: { int: [1, 10] } }
            constraints: [ "a > 5", "a < 4" ]
            parts: [ { id: p, prompt: x, kind: integer, answer: a, points: 1 } ]
            """);
        var ex = Assert.Throws<InputException>(() => Sampler.Sample(t, VariantSeed.Random("e", "k", "s", "1")));
        Assert.That(ex!.Diagnostics.Single().Message, Is.EqualTo(
            "no variant met the constraints in 1,000 draws: 'a < 4' held in 330 of 1,000 draws; 'a > 5' held in 485 of 1,000; " +
            "each holds on its own, but none of the draws met them all. Widen the parameter ranges or relax the constraint"));
    }

    [Test]
    public void Division_by_zero_in_a_variant_names_the_expression_and_the_values()
    {
        var t = Template("""
            parameters: { a: { int: [0, 0] } }
            derived: { r: 1 / a }
            parts: [ { id: p, prompt: x, kind: exact, answer: r, points: 1 } ]
            """);
        var ex = Assert.Throws<InputException>(() => Sampler.Sample(t, VariantSeed.Random("e", "k", "s", "1")));
        Assert.That(ex!.Diagnostics.Single().ToString(), Is.EqualTo(
            "t.yaml:5:15: error DX0103: [t] derived 'r': division by zero (in the variant with a=0)"));
    }

    [Test]
    public void A_type_error_names_the_column_of_the_failing_call()
    {
        var t = Template("""
            parameters: { a: { int: [1, 3] } }
            derived:
              r: a + floor([1, "x"])
            parts: [ { id: p, prompt: x, kind: exact, answer: a, points: 1 } ]
            """);
        var ex = Assert.Throws<InputException>(() => Sampler.Sample(t, VariantSeed.Random("e", "k", "s", "1")));
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.StartWith("t.yaml:6:10: error DX0103: [t] derived 'r': floor: 'x'"));
    }

    [Test]
    public void A_pinned_parameter_takes_its_value_and_no_draw()
    {
        var both = Template("""
            parameters: { a: { int: [1, 1000] }, b: { int: [1, 1000] } }
            parts: [ { id: p, prompt: x, kind: integer, answer: a + b, points: 1 } ]
            """);
        var onlyB = Template("""
            parameters: { b: { int: [1, 1000] } }
            parts: [ { id: p, prompt: x, kind: integer, answer: b, points: 1 } ]
            """);
        var pins = new Dictionary<string, DeepExam.Values.Value> { ["a"] = DeepExam.Values.Value.Of(5000) };
        for (var i = 0; i < 20; i++)
        {
            var pinned = Sampler.Sample(both, VariantSeed.Random("e", "k", $"s{i}", "1"), pins);
            var alone = Sampler.Sample(onlyB, VariantSeed.Random("e", "k", $"s{i}", "1"));
            Assert.That(pinned.Fingerprint, Is.EqualTo($"a=5000;{alone.Fingerprint}"));
        }
    }

    [Test]
    public void Fully_pinned_values_that_fail_a_constraint_are_named_after_one_try()
    {
        var t = Template("""
            parameters: { a: { int: [1, 5] } }
            constraints:
              - check: a < 10
                message: small
            parts: [ { id: p, prompt: x, kind: integer, answer: a, points: 1 } ]
            """);
        var pins = new Dictionary<string, DeepExam.Values.Value> { ["a"] = DeepExam.Values.Value.Of(12) };
        var ex = Assert.Throws<InputException>(() => Sampler.Sample(t, VariantSeed.Random("e", "k", "s", "1"), pins));
        Assert.That(ex!.Diagnostics.Single().ToString(), Is.EqualTo("t.yaml:6:12: error DX0102: [t] the pinned values a=12 do not meet constraint 'a < 10' (small)"));
    }
}
