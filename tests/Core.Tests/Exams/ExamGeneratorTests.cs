using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;

namespace DeepExam.Tests.Exams;

public class ExamGeneratorTests
{
    private PinnedExercises _exercises = null!;

    [OneTimeSetUp]
    public void WriteExercises() => _exercises = new PinnedExercises();

    [OneTimeTearDown]
    public void RemoveExercises() => _exercises.Dispose();

    private static readonly Student[] Class = [.. Enumerable.Range(1, 30).Select(i => new Student($"s{i}", $"Student {i}", $"s{i}"))];

    private static Dictionary<string, string> Parameters(StudentExam exam, int slot) =>
        exam.Exercises[slot].Variant.Parameters.ToDictionary(p => p.Name, p => p.Value.ToString());

    [Test]
    public void Pinned_values_appear_in_every_students_variant_and_the_others_still_vary()
    {
        var blueprint = _exercises.Load("pinned", "  - exercise: pins\n    parameters: { N: 100, K: 7, X: \"[[1, 2], [3, 4]]\", r: \"11/3\" }\n");
        var generator = new ExamGenerator(blueprint, _exercises.Library, "secret", renderText: false);
        var variants = Class.Select(s => Parameters(generator.Generate(s), 0)).ToList();

        Assert.That(variants.Select(v => (v["N"], v["K"], v["X"], v["r"])).Distinct(), Is.EqualTo(new[] { ("100", "7", "[[1, 2], [3, 4]]", "11/3") }));
        Assert.That(variants.Select(v => (v["S"], v["cfg"], v["flag"], v["ks"], v["lr"])).Distinct().Count(), Is.GreaterThan(10), "the unpinned parameters are drawn per student");
        Assert.That(generator.Generate(Class[0]).Exercises[0].Parts[2].Answer.ToString(), Is.EqualTo("[[1, 2], [3, 4]]"), "answers use the pinned values");
    }

    [Test]
    public void Constraints_on_unpinned_parameters_still_apply()
    {
        // sum(X) > 0 or N > 30: with X pinned to zeros, every draw of N must exceed 30.
        var blueprint = _exercises.Load("zeros", "  - exercise: pins\n    parameters: { X: \"[[0, 0], [0, 0]]\" }\n");
        var generator = new ExamGenerator(blueprint, _exercises.Library, "secret", renderText: false);
        Assert.That(Class.Select(s => int.Parse(Parameters(generator.Generate(s), 0)["N"], CultureInfo.InvariantCulture)), Has.All.GreaterThan(30));
    }

    [Test]
    public void Pins_in_one_slot_leave_the_other_slots_unchanged()
    {
        // Same exam id and secret: only slot 2's pins differ.
        var plain = _exercises.Load("same", "  - exercise: other\n  - exercise: pins\n  - exercise: other\n");
        var pinned = _exercises.Load("same", "  - exercise: other\n  - exercise: pins\n    parameters: { N: 40 }\n  - exercise: other\n");
        var a = new ExamGenerator(plain, _exercises.Library, "secret", renderText: false);
        var b = new ExamGenerator(pinned, _exercises.Library, "secret", renderText: false);
        foreach (var student in Class)
        {
            var (x, y) = (a.Generate(student), b.Generate(student));
            Assert.That(y.Exercises[0].Variant.Fingerprint, Is.EqualTo(x.Exercises[0].Variant.Fingerprint));
            Assert.That(y.Exercises[2].Variant.Fingerprint, Is.EqualTo(x.Exercises[2].Variant.Fingerprint));
        }
    }

    [Test]
    public void A_slot_without_pins_is_drawn_from_its_seed_as_before()
    {
        var blueprint = _exercises.Load("plain", "  - exercise: pins\n");
        var generator = new ExamGenerator(blueprint, _exercises.Library, "secret", renderText: false);
        var sampler = new VariantSampler(new ExpressionEvaluator(BuiltinRegistry.Default));
        foreach (var student in Class.Take(10))
            Assert.That(generator.Generate(student).Exercises[0].Variant.Fingerprint,
                Is.EqualTo(sampler.Sample(_exercises.Library["pins"], VariantSeed.Random("plain", "secret", student.Id, "slot:1")).Fingerprint));
    }

    [Test]
    public void Pins_no_draw_can_complete_are_reported_at_the_slot_and_the_constraint()
    {
        // out = (8 - 5) // S + 1 = 2 for either stride: the load-time check cannot know, as S is drawn. (The other
        // draws fail 'sum(X) > 0 or N > 30' first when X is all zero.)
        var blueprint = _exercises.Load("hopeless", "  - exercise: other\n  - exercise: pins\n    parameters: { N: 8, K: 5 }\n");
        var generator = new ExamGenerator(blueprint, _exercises.Library, "secret", renderText: false);
        var e = Assert.Throws<InputException>(() => generator.Generate(Class[0]));
        var folder = _exercises.Folder + Path.DirectorySeparatorChar;
        Assert.That(e!.Diagnostics.Select(d => d.ToString().Replace(folder, "")), Is.EqualTo(new[]
        {
            "hopeless.yaml:6:5: error DX2018: [hopeless] slot 2 (pins) cannot be solved with its pinned parameters for student s1:",
            "exercises/pins.yaml:18:12: error DX0101: [pins] no variant met the constraints in 1,000 draws with N=8, K=5 pinned: 'out >= 3' (at least three positions) held in 0 of 1,000 draws (never); 'sum(X) > 0 or N > 30' held in 995 of 1,000; 'K <= N' held in 1,000 of 1,000. Widen the parameter ranges or relax the constraint",
        }));
    }
}
