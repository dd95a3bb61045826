using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Text;

namespace DeepExam.Tests.Templates.Loading;

/// <summary>What a part may say depends on its kind: the kinds' handlers decide, and the messages list the kinds that allow it.</summary>
public class PartKeysByKindTests
{
    private static List<string> Problems(string kind, string extra)
    {
        var yaml = $"schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: {kind}\n    answer: \"3\"\n    points: 1\n{extra}";
        return [.. new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml").Diagnostics.Select(d => d.ToString())];
    }

    [TestCase("exact")]
    [TestCase("vector")]
    public void Digits_are_taken_by_the_kinds_that_accept_decimals(string kind) =>
        Assert.That(Problems(kind, "    digits: 3\n").Where(p => p.Contains("'digits'")), Is.Empty);

    [Test]
    public void Digits_on_an_integer_part_name_the_kinds_that_take_them() =>
        Assert.That(Problems("integer", "    digits: 3\n"), Is.EqualTo(new[]
        {
            "t.yaml:10:13: error DX1305: [t] 'digits' (decimals accepted for an exact answer) applies to exact, vector, matrix and tensor parts",
        }));

    [Test]
    public void An_order_on_an_integer_part_names_the_kinds_that_take_one() =>
        Assert.That(Problems("integer", "    order: [H, W]\n"), Is.EqualTo(new[]
        {
            "t.yaml:10:12: error DX1306: [t] 'order' names the components of a shape or tuple answer",
        }));

    [Test]
    public void Options_on_an_integer_part_name_the_kinds_that_take_them() =>
        Assert.That(Problems("integer", "    options:\n      - text: A\n      - text: B\n"), Has.Member("t.yaml:11:7: error DX1307: [t] 'options' belong to choice and multi parts"));

    [Test]
    public void A_choice_part_takes_its_answer_from_its_options_not_an_answer_expression() =>
        Assert.That(Problems("choice", "    options:\n      - text: A\n        correct: true\n      - text: B\n"),
            Has.Member("t.yaml:8:13: error DX1303: [t] a choice part takes its answer from the options' 'correct' fields; remove 'answer'"));

    [Test]
    public void An_approx_part_without_a_tolerance_gets_the_default_and_other_kinds_none()
    {
        ExerciseTemplate Load(string kind) => new ExerciseTemplateLoader(BuiltinRegistry.Default)
            .LoadText($"schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: {kind}\n    answer: \"3\"\n    points: 1\n", "t.yaml").Template!;
        Assert.That((Load("approx").Parts[0].Tolerance, Load("exact").Parts[0].Tolerance), Is.EqualTo((Tolerance.Default, (Tolerance?)null)));
    }

    private static SolvedExercise Solve(string kind, string part)
    {
        var yaml = $"schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: {kind}\n    points: 1\n{part}";
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer())
            .Solve(loaded.Template!, 1, VariantSeed.Random("e", "s", "x", "1"));
    }

    [Test]
    public void A_choice_part_with_two_correct_options_is_an_error_at_the_part()
    {
        var ex = Assert.Throws<InputException>(() => Solve("choice", "    options:\n      - { text: A, correct: true }\n      - { text: B, correct: true }\n"));
        Assert.That(ex!.Diagnostics.Single().ToString(), Does.StartWith("t.yaml:5:5: error DX0402: [t] choice part 'a' needs exactly one correct option, this variant has 2"));
    }

    [Test]
    public void A_multi_part_may_have_no_correct_option() =>
        Assert.That(Solve("multi", "    options:\n      - { text: A }\n      - { text: B }\n").Parts[0].Answer.ToString(), Is.EqualTo("[]"));

    [TestCase("integer", "\"7/2\"", "part 'a': the answer is declared integer but is 7/2")]
    [TestCase("exact", "exp(1)", "part 'a': the answer is declared exact but is 2.718281828459045; use kind 'approx' for results of exp, log, sigmoid, tanh or softmax")]
    [TestCase("bool", "\"3\"", "part 'a': the answer is declared bool but is 3")]
    [TestCase("approx", "\"[1, 2]\"", "part 'a': the answer is declared approx but is a list")]
    public void An_answer_not_of_its_declared_kind_is_an_error_at_the_answer(string kind, string answer, string message)
    {
        var ex = Assert.Throws<InputException>(() => Solve(kind, $"    answer: {answer}\n"));
        Assert.That(ex!.Diagnostics.Single().Message, Does.StartWith(message));
    }
}
