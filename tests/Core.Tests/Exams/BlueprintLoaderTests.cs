using DeepExam.Diagnostics;
using DeepExam.Values;

namespace DeepExam.Tests.Exams;

public class BlueprintLoaderTests
{
    private PinnedExercises _exercises = null!;

    [OneTimeSetUp]
    public void WriteExercises() => _exercises = new PinnedExercises();

    [OneTimeTearDown]
    public void RemoveExercises() => _exercises.Dispose();

    private string[] Problems(string slots)
    {
        var path = _exercises.Blueprint("bad", slots);
        var e = Assert.Throws<InputException>(() => DeepExam.Exams.BlueprintLoader.Load(path, _exercises.Library));
        return [.. e!.Diagnostics.Select(d => d.ToString().Replace(path, "bad.yaml"))];
    }

    [TestCase("N: 100", "100", TestName = "An integer outside the sampled range")]
    [TestCase("K: 7", "7", TestName = "An integer that is not one of the choices")]
    [TestCase("r: \"11/3\"", "11/3", TestName = "A fraction")]
    [TestCase("r: 0.25", "1/4", TestName = "A decimal is exact")]
    [TestCase("lr: 0.3", "3/10", TestName = "A non-integer choice takes any number")]
    [TestCase("X: \"[[1, 2], [3, 4]]\"", "[[1, 2], [3, 4]]", TestName = "A matrix written as an expression")]
    [TestCase("X: [[1, 2], [3, 4]]", "[[1, 2], [3, 4]]", TestName = "A matrix written as a YAML list")]
    [TestCase("X: \"ones([2, 2]) * 3\"", "[[3, 3], [3, 3]]", TestName = "A matrix computed by a builtin")]
    [TestCase("cfg: C", "\"C\"", TestName = "A bare word is that word")]
    [TestCase("flag: true", "true", TestName = "A boolean")]
    [TestCase("ks: [4, 4]", "[4, 4]", TestName = "A list like the choice's lists")]
    public void A_pinned_value_is_read_with_the_expression_language(string pin, string expected)
    {
        var blueprint = _exercises.Load("good", $"  - exercise: pins\n    parameters: {{ {pin} }}\n");
        var pinned = blueprint.Slots.Single().Pins.Single();
        Assert.That(pinned.Value.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void A_record_and_a_banks_draw_are_pinned_as_yaml_mappings()
    {
        var blueprint = _exercises.Load("good", "  - exercise: records\n    parameters: { st: { text: c, truth: true }, bk: [{ n: 3 }, { n: 1 }] }\n");
        Assert.That(blueprint.Slots.Single().Pins.Select(p => $"{p.Name}={p.Value}"), Is.EqualTo(new[] { "st=record(text=\"c\", truth=true)", "bk=[record(n=3), record(n=1)]" }));
    }

    [TestCase("{ st: { text: c, truthy: true } }", "bad.yaml:6:23: error DX2012: [bad] parameter 'st' of records takes a record with fields text, truth, got a record: record(text=\"c\", truthy=true)",
        TestName = "A pinned record needs the fields of the choice's records")]
    [TestCase("{ bk: [{ n: 3 }] }", "bad.yaml:6:23: error DX2012: [bad] parameter 'bk' of records takes a list of 2 records with fields n, got a list of 1: [record(n=3)]",
        TestName = "A pinned bank draw needs as many items as the bank draws")]
    public void A_bad_record_pin_is_reported_at_its_place(string parameters, string expected) =>
        Assert.That(Problems($"  - exercise: records\n    parameters: {parameters}\n"), Is.EqualTo(new[] { expected }));

    [Test]
    public void A_pinned_matrix_becomes_a_tensor_like_a_drawn_one()
    {
        var blueprint = _exercises.Load("good", "  - exercise: pins\n    parameters: { X: [[1, 2], [3, 4]] }\n");
        Assert.That(blueprint.Slots.Single().Pins.Single().Value, Is.InstanceOf<TensorValue>());
    }

    [TestCase("time: 90\n", 90)]
    [TestCase("", null)]
    public void The_time_is_read_in_minutes(string line, int? minutes)
    {
        var path = Path.Combine(_exercises.Folder, "timed.yaml");
        File.WriteAllText(path, $"schema: 1\nid: timed\ntitle: T\n{line}exercises:\n  - exercise: pins\n");
        Assert.That(DeepExam.Exams.BlueprintLoader.Load(path, _exercises.Library).Minutes, Is.EqualTo(minutes));
    }

    [TestCase("1 hour")]
    [TestCase("0")]
    public void A_time_that_is_not_a_whole_number_of_minutes_is_refused_at_its_line(string time)
    {
        var path = Path.Combine(_exercises.Folder, "badtime.yaml");
        File.WriteAllText(path, $"schema: 1\nid: badtime\ntitle: T\ntime: {time}\nexercises:\n  - exercise: pins\n");
        var e = Assert.Throws<InputException>(() => DeepExam.Exams.BlueprintLoader.Load(path, _exercises.Library));
        Assert.That(e!.Diagnostics.Select(d => d.ToString().Replace(path, "badtime.yaml")),
            Is.EqualTo(new[] { $"badtime.yaml:4:7: error DX1011: [badtime] 'time' must be a whole number from 1 to 1440, got '{time}'" }));
    }

    [Test]
    public void A_slot_without_parameters_pins_nothing() =>
        Assert.That(_exercises.Load("good", "  - exercise: pins\n").Slots.Single().Pins, Is.Empty);

    [TestCase("{ n: 32 }", "bad.yaml:6:19: error DX2011: [bad] pins has no parameter 'n' (did you mean 'N'?); it has N, K, S, r, X, cfg, flag, ks, lr",
        TestName = "An unknown name is an error at its key, with a suggestion")]
    [TestCase("{ out: 5 }", "bad.yaml:6:19: error DX2011: [bad] 'out' is a derived value of pins, computed from its parameters; pin those instead (N, K, S, r, X, cfg, flag, ks, lr)",
        TestName = "A derived value cannot be pinned")]
    [TestCase("{ N: 5/2 }", "bad.yaml:6:22: error DX2012: [bad] parameter 'N' of pins takes an integer, got a number: 5/2",
        TestName = "An int parameter refuses a fraction")]
    [TestCase("{ K: 2.5 }", "bad.yaml:6:22: error DX2012: [bad] parameter 'K' of pins takes an integer, got a number: 5/2",
        TestName = "A choice of integers refuses a fraction")]
    [TestCase("{ X: \"[1, 2]\" }", "bad.yaml:6:22: error DX2012: [bad] parameter 'X' of pins takes a 2×2 matrix, got a list of 2: [1, 2]",
        TestName = "A matrix parameter refuses another shape")]
    [TestCase("{ flag: 1 }", "bad.yaml:6:25: error DX2012: [bad] parameter 'flag' of pins takes true or false, got an integer: 1",
        TestName = "A bool parameter refuses a number")]
    [TestCase("{ cfg: 3 }", "bad.yaml:6:24: error DX2012: [bad] parameter 'cfg' of pins takes a word such as A, got an integer: 3",
        TestName = "A choice of words refuses a number")]
    [TestCase("{ r: true }", "bad.yaml:6:22: error DX2012: [bad] parameter 'r' of pins takes a number, got a boolean: true",
        TestName = "A rational parameter refuses a boolean")]
    [TestCase("{ N: \"K + 1\" }", "bad.yaml:6:23: error DX2015: [bad] pinned value: unknown name 'K'; a pinned value is a constant",
        TestName = "A pinned value cannot use names")]
    [TestCase("{ N: \"3 +\" }", "bad.yaml:6:26: error DX2014: [bad] pinned value: the expression ends too early",
        TestName = "A syntax error is located in the value")]
    [TestCase("{ r: \"1/0\" }", "bad.yaml:6:23: error DX2016: [bad] pinned value: division by zero",
        TestName = "An evaluation error is located in the value")]
    [TestCase("{ N: { a: 1 } }", "bad.yaml:6:22: error DX2012: [bad] parameter 'N' of pins takes an integer, got a record: record(a=1)",
        TestName = "A mapping is a record, which an int parameter refuses")]
    [TestCase("[N, 32]", "bad.yaml:6:17: error DX1008: [bad] 'parameters' must be a mapping of keys to values",
        TestName = "The parameters must be a mapping")]
    [TestCase("{ N: 4, K: 5 }", "bad.yaml:6:17: error DX2013: [bad] exercise 'pins': the pinned values N=4, K=5 do not meet constraint 'K <= N'",
        TestName = "Pins that break a constraint on their own are an error at the slot")]
    [TestCase("{ N: 8, K: 5, S: 3 }", "bad.yaml:6:17: error DX2013: [bad] exercise 'pins': the pinned values N=8, K=5, S=3 do not meet constraint 'out >= 3' (at least three positions)",
        TestName = "A constraint on a derived value of pinned parameters is checked too")]
    public void A_bad_pin_is_reported_at_its_place(string parameters, string expected) =>
        Assert.That(Problems($"  - exercise: pins\n    parameters: {parameters}\n"), Is.EqualTo(new[] { expected }));

    [Test]
    public void A_pool_of_several_exercises_cannot_pin() =>
        Assert.That(Problems("  - pool: [pins, other]\n    parameters: { N: 32 }\n"), Is.EqualTo(new[]
        {
            "bad.yaml:6:17: error DX2010: [bad] a pool of 2 exercises cannot pin parameters: a pinned value belongs to one exercise; give the exercise its own slot",
        }));

    [Test]
    public void A_pool_of_one_exercise_can_pin() =>
        Assert.That(_exercises.Load("good", "  - pool: [pins]\n    parameters: { N: 32 }\n").Slots.Single().Pins.Single().Name, Is.EqualTo("N"));

    [Test]
    public void Every_bad_pin_of_a_slot_is_reported_at_once() =>
        Assert.That(Problems("  - exercise: pins\n    parameters: { n: 1, K: x, flag: 2 }\n"), Has.Length.EqualTo(3));

    [Test]
    public void A_constraint_that_reads_an_unpinned_parameter_is_left_to_sampling() =>
        Assert.That(_exercises.Load("good", "  - exercise: pins\n    parameters: { X: \"[[0, 0], [0, 0]]\" }\n").Slots.Single().Pins, Has.Length.EqualTo(1));

    [Test]
    public void Points_the_parts_cannot_share_in_quarters_are_refused_at_the_slot()
    {
        // pins has three parts: two points are eight quarters, half a point only two.
        Assert.That(_exercises.Load("good", "  - exercise: pins\n    points: 2\n").Slots.Single().Points, Is.EqualTo(new DeepExam.Numbers.Rational(2)));
        Assert.That(Problems("  - exercise: pins\n    points: 0.5\n"), Is.EqualTo(new[]
        {
            "bad.yaml:6:13: error DX2009: [bad] 0.5 points cannot be shared among the 3 parts of pins in steps of ½ or ¼ without a part getting none; give the slot more points",
        }));
    }

    [Test]
    public void A_slots_points_are_shared_among_the_parts_in_halves_on_every_students_sheet()
    {
        var blueprint = _exercises.Load("halves", "  - exercise: pins\n    points: 5\n");
        var exam = new DeepExam.Exams.ExamGenerator(blueprint, _exercises.Library, "secret", renderText: false).Generate(new DeepExam.Exams.Student("s1", "A", "s1"));
        Assert.That(exam.Exercises.Single().Parts.Select(p => p.Points.ToString()), Is.EqualTo(new[] { "2", "3/2", "3/2" }));
    }
}
