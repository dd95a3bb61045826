using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Grading.Answers;
using DeepExam.Numbers;
using DeepExam.Output;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Tests.Output;

/// <summary>The examples in answer hints: the part's own size and kind, readable by the grader, never the answer.</summary>
public class AnswerExampleTests
{
    private static Tensor T(int[] shape, params int[] values) => Tensor.Build(shape, i => Number.Exact(new Rational(values[i.Length == 1 ? i[0] : i[0] * shape[1] + i[1]])));

    [Test]
    public void A_vector_example_has_the_answers_length()
    {
        Assert.That(AnswerExample.Of(T([2], 5, 5)), Is.EqualTo("[1, -2]"));
        Assert.That(AnswerExample.Of(T([3], 0, 0, 0)), Is.EqualTo("[1, -2, 1/2]"));
        Assert.That(AnswerExample.Of(T([7], 0, 0, 0, 0, 0, 0, 0)), Is.EqualTo("[1, -2, 1/2, …, 1]"));
    }

    [Test]
    public void A_matrix_example_has_the_answers_rows_and_columns()
    {
        Assert.That(AnswerExample.Of(T([2, 3], 0, 0, 0, 0, 0, 0)), Is.EqualTo("[[1, -2, 1/2], [3, 0, -1/4]]"));
        Assert.That(AnswerExample.Of(T([1, 2], 0, 0)), Is.EqualTo("[[1, -2]]"));
    }

    [Test]
    public void An_example_that_would_be_the_answer_is_replaced()
    {
        Assert.That(AnswerExample.Of(T([2], 1, -2)), Is.EqualTo("[2, -1]"));
    }

    [Test]
    public void Every_bundled_vector_and_matrix_hint_reads_as_the_parts_own_size_and_is_not_its_answer()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false);
        var checkedParts = 0;
        foreach (var template in library.Templates.Where(t => t.Parts.Any(p => p.Kind is AnswerKind.Vector or AnswerKind.Matrix)))
            for (var seed = 0; seed < 20; seed++)
                foreach (var part in solver.Solve(template, 1, VariantSeed.Random("hints", template.Id, seed.ToString(CultureInfo.InvariantCulture), "0")).Parts
                             .Where(p => p.Kind is AnswerKind.Vector or AnswerKind.Matrix))
                {
                    var hint = AnswerText.ExpectedForm(part);
                    var example = hint[(hint.IndexOf("e.g. ", StringComparison.Ordinal) + 5)..];
                    if (example.Contains('…')) continue;
                    var parsed = AnswerParser.Parse(new AnswerNode.Text(example, true), part);
                    Assert.That(((TensorValue)parsed.Value).Tensor.Shape, Is.EqualTo(((TensorValue)part.Answer).Tensor.Shape), $"{template.Id} {part.Key}: {hint}");
                    Assert.That(parsed.Value, Is.Not.EqualTo(part.Answer), $"{template.Id} {part.Key}: the example is the answer");
                    checkedParts++;
                }
        Assert.That(checkedParts, Is.GreaterThan(100));
    }

    [Test]
    public void Every_bundled_multiple_choice_hint_names_the_parts_own_letters_and_not_its_answer()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false);
        var checkedParts = 0;
        foreach (var template in library.Templates.Where(t => t.Parts.Any(p => p.Kind is AnswerKind.MultipleChoice)))
            for (var seed = 0; seed < 20; seed++)
                foreach (var part in solver.Solve(template, 1, VariantSeed.Random("hints", template.Id, seed.ToString(CultureInfo.InvariantCulture), "0")).Parts
                             .Where(p => p.Kind is AnswerKind.MultipleChoice))
                {
                    var letters = AnswerExample.Letters(part).Trim('[', ']').Split(", ");
                    Assert.That(letters, Is.SubsetOf(part.Options.Select(o => o.Letter)));
                    Assert.That(letters, Is.Not.EquivalentTo(part.Options.Where(o => o.Correct).Select(o => o.Letter)));
                    checkedParts++;
                }
        Assert.That(checkedParts, Is.GreaterThan(0));
    }
}
