using System.Text.RegularExpressions;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Output;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates.Loading;
using DeepExam.Text;

namespace DeepExam.Tests.Output;

public class AnswerKeyWriterTests
{
    /// <summary>The key of a one-exercise exam whose only part has the given answer and digits.</summary>
    private static string Key(string answer, int? digits)
    {
        var yaml = $"schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: exact\n    answer: \"{answer}\"\n    points: 1\n"
            + (digits is { } d ? $"    digits: {d}\n" : "");
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(x => x.ToString()), Is.Empty);
        var exercise = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer())
            .Solve(loaded.Template!, 1, VariantSeed.Random("e", "s", "x", "1"));
        var blueprint = new ExamBlueprint(1, "t", "T", "", "2026-12-14", "", [], "t.yaml");
        return AnswerKeyWriter.Write(new StudentExam(blueprint, new Student("s1", "S", "s1"), "CHK", [exercise]));
    }

    /// <summary>The key of a one-part exercise whose mistake gives the right answer, applying where <paramref name="when"/> holds.</summary>
    private static string KeyWithMistake(string when)
    {
        var yaml = "schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: \"6\"\n    points: 1\n"
            + $"    mistakes:\n      - answer: 2 * 3\n        feedback: Same.\n        when: \"{when}\"\n";
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(x => x.ToString()), Is.Empty);
        var exercise = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer())
            .Solve(loaded.Template!, 1, VariantSeed.Random("e", "s", "x", "1"));
        var blueprint = new ExamBlueprint(1, "t", "T", "", "2026-12-14", "", [], "t.yaml");
        return AnswerKeyWriter.Write(new StudentExam(blueprint, new Student("s1", "S", "s1"), "CHK", [exercise]));
    }

    [Test]
    public void A_mistake_equal_to_the_answer_is_listed_only_where_its_when_holds()
    {
        Assert.That(KeyWithMistake("true"), Does.Contain("mistakes_same_as_answer:  # this variant cannot tell them from the answer; they get full credit\n          - \"2 * 3\"\n"));
        Assert.That(KeyWithMistake("false"), Does.Not.Contain("mistakes_same_as_answer"));
    }

    private static string Decimal(string key) => Regex.Match(key, "decimal: (.*)\n").Groups[1].Value;

    [TestCase("(1/4) ^ 10", 8, "0.0000009537")]
    [TestCase("1/1024", 8, "0.00097656")]
    [TestCase("1/3", 8, "0.33333333")]
    [TestCase("1/4", 3, "0.250")]
    public void The_decimal_has_at_least_the_places_the_part_asks_for(string answer, int digits, string text) =>
        Assert.That(Decimal(Key(answer, digits)), Is.EqualTo(text));

    [TestCase("425/18", "23.611111")]
    [TestCase("1/4", "0.25")]
    [TestCase("1/1048576", "0.0000009537")]
    public void Without_digits_the_decimal_has_six_places_and_four_significant_digits(string answer, string text) =>
        Assert.That(Decimal(Key(answer, null)), Is.EqualTo(text));
}
