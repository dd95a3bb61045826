using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Runs;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Tests.Solving;

/// <summary>How the solver evaluates known mistakes: a rule's <c>when</c> decides whether it belongs to the variant at all.</summary>
public class ExerciseSolverTests
{
    private static ExerciseTemplate Template(string mistakes, string parameters = "{ N: { int: [0, 3] } }")
    {
        var yaml = $"schema: 2\nid: t\ntitle: T\nparameters: {parameters}\nparts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: N + 1\n    points: 1\n    mistakes:\n{mistakes}";
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return loaded.Template!;
    }

    private static readonly ExerciseSolver Solver = new(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer());

    private static IEnumerable<SolvedPart> Variants(ExerciseTemplate template) =>
        Enumerable.Range(0, 40).Select(i => Solver.Solve(template, 1, VariantSeed.Random("e", "k", $"s{i}", "1")).Parts[0]);

    [Test]
    public void A_mistake_whose_when_is_false_is_none_and_its_answer_is_not_evaluated()
    {
        // 12 / N fails for N = 0, which is exactly where the rule does not apply.
        var template = Template("      - { answer: 12 / N, feedback: \"Divided: {{N}}.\", when: N != 0 }\n");
        var parts = Variants(template).ToList();
        Assert.That(parts.Select(p => p.Answer.ToString()).Distinct().Order(), Is.EqualTo(new[] { "1", "2", "3", "4" }), "every N was drawn");
        foreach (var part in parts)
        {
            var applies = part.Answer.ToString() != "1";
            Assert.That(part.MistakeApplies(0), Is.EqualTo(applies));
            Assert.That(part.MistakeAnswers[0], applies ? Is.Not.EqualTo(NoneValue.Instance) : Is.EqualTo(NoneValue.Instance));
            Assert.That(part.MistakeFeedback[0], Is.EqualTo(applies ? $"Divided: {part.Answer.ToString() switch { "2" => 1, "3" => 2, _ => 3 }}." : ""));
        }
    }

    [Test]
    public void A_mistake_whose_answer_is_none_does_not_apply_as_before_when_existed()
    {
        var template = Template("      - { answer: \"N > 1 ? N : none\", feedback: x }\n");
        foreach (var part in Variants(template))
            Assert.That(part.MistakeApplies(0), Is.EqualTo(part.Answer is NumberValue { Number: var n } && n.CompareTo(3) >= 0));
    }

    [Test]
    public void A_when_that_is_not_true_or_false_is_an_error_at_its_place()
    {
        var template = Template("      - { answer: N, feedback: x, when: N }\n");
        var ex = Assert.Throws<InputException>(() => Solver.Solve(template, 1, VariantSeed.Random("e", "k", "s", "1")));
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.StartWith("t.yaml:12:41: error DX0202: [t] a mistake's 'when' must be true or false, got an integer (in the variant with N="));
    }

    [Test]
    public void A_when_that_fails_to_evaluate_names_the_rule_and_the_variant()
    {
        var template = Template("      - { answer: N, feedback: x, when: 1 / (N - N) > 0 }\n");
        var ex = Assert.Throws<InputException>(() => Solver.Solve(template, 1, VariantSeed.Random("e", "k", "s", "1")));
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.StartWith("t.yaml:12:41: error DX0103: [t] 'when' of a mistake in part 'a': division by zero (in the variant with N="));
    }

    [TestCase("      - { answer: N, feedback: x, when: M > 1 }\n", "t.yaml:12:41: error DX1404: [t] mistake 'when': unknown name 'M' (did you mean 'N'?)", TestName = "An unknown name in when")]
    [TestCase("      - { answer: N, feedback: x, when: N > }\n", "t.yaml:12:44: error DX1403: [t] mistake 'when': the expression ends too early", TestName = "A syntax error in when")]
    [TestCase("      - { answer: N, feedback: x, whn: N > 1 }\n", "t.yaml:12:35: error DX1016: [t] unknown key 'whn' in a mistake (did you mean 'when'?)", TestName = "A misspelt when")]
    public void A_bad_when_is_reported_at_load_at_its_place(string mistakes, string expected)
    {
        var yaml = $"schema: 2\nid: t\ntitle: T\nparameters: {{ N: {{ int: [0, 3] }} }}\nparts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: N + 1\n    points: 1\n    mistakes:\n{mistakes}";
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Has.Some.EqualTo(expected));
    }

    [Test]
    public void A_simulated_class_gives_only_mistakes_that_apply()
    {
        // The rule's answer, 100, is never right; it may only turn up where N == 0.
        var template = Template("      - { answer: \"100\", feedback: x, when: N == 0 }\n      - { answer: N + 2, feedback: y }\n");
        var blueprint = new DeepExam.Exams.ExamBlueprint(1, "t", "T", "", "2026-12-14", "", [], "t.yaml");
        var seen = 0;
        for (var i = 0; i < 300; i++)
        {
            var exercise = Solver.Solve(template, 1, VariantSeed.Random("e", "k", $"s{i}", "1"));
            var sheet = SubmissionSimulation.Sheet(new DeepExam.Exams.StudentExam(blueprint, new DeepExam.Exams.Student($"s{i}", "S", $"s{i}"), "CHK", [exercise]), "secret");
            if (!sheet.Contains(": 100\n")) continue;
            seen++;
            Assert.That(exercise.Parts[0].Answer.ToString(), Is.EqualTo("1"), "100 was simulated where the rule does not apply");
        }
        Assert.That(seen, Is.GreaterThan(0));
    }
}
