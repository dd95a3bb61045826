using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Composition;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;

namespace DeepExam.Exports;

/// <summary>
/// Draws the variants of one exercise for a question bank, seeded as <c>generate</c> seeds a student's exercise, from the exam
/// id, the secret, the pseudo-student <c>variant-k</c> and the exercise's slot: the same bank comes out of every run. A draw
/// that repeats an earlier variant (the same parameters) is replaced by the next one, up to <see cref="MostDraws"/> draws;
/// an exercise whose space is smaller than the count asked for gives what it has, and says so. Thread-safe.
/// </summary>
public sealed class VariantSetSampler(string examId, string secret)
{
    private readonly ExerciseSolver _solver = new(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer());
    // Duplicates are found by their parameters alone, without the texts that are most of a solve's cost.
    private readonly ExerciseSolver _parametersOnly = new(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false);

    public static string PseudoStudent(int draw) => $"variant-{draw}";

    /// <summary>How many draws are tried for <paramref name="count"/> distinct variants before the space is taken to be smaller.</summary>
    public static int MostDraws(int count) => 4 * count + 20;

    public VariantSet Sample(BankExercise exercise, ExerciseTemplate template, int count, CancellationToken cancellation = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var variants = ImmutableArray.CreateBuilder<ExportedVariant>(count);
        var draws = 0;
        var most = MostDraws(count);
        while (variants.Count < count && draws < most)
        {
            cancellation.ThrowIfCancellationRequested();
            draws++;
            var probe = _parametersOnly.Solve(template, exercise.Slot, Random(exercise, draws), exercise.Points, exercise.Pins);
            if (!seen.Add(probe.Variant.Fingerprint)) continue;
            var solved = _solver.Solve(template, exercise.Slot, Random(exercise, draws), exercise.Points, exercise.Pins);
            variants.Add(new ExportedVariant(draws, solved, VariantQuestion.Of(solved)));
        }
        var points = variants.Count > 0 ? variants[0].Exercise.Parts.Aggregate(Numbers.Rational.Zero, (sum, p) => sum + p.Points) : exercise.Points ?? Numbers.Rational.Zero;
        var note = variants.Count < count
            ? $"{template.Id}: only {variants.Count} distinct variant{(variants.Count == 1 ? "" : "s")} in {draws} draws, fewer than the {count} asked for{SpaceNote(template, count)}"
            : null;
        return new VariantSet(exercise.Slot, template, points, variants.ToImmutable(), count, draws, note);
    }

    private DeterministicRandom Random(BankExercise exercise, int draw) =>
        VariantSeed.Random(examId, secret, PseudoStudent(draw), $"slot:{exercise.Slot}");

    private static string SpaceNote(ExerciseTemplate template, int count) =>
        ParameterSpace.Of(template, count) is { } space ? $" (its parameters have {space.Count} combination{(space.Count == 1 ? "" : "s")} before constraints)" : "";
}
