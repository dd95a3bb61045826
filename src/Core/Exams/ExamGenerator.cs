using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Text;

namespace DeepExam.Exams;

/// <summary>
/// Builds a student's exam from the blueprint: draws each pool slot, then samples and solves each
/// exercise from its own seed (exam, secret, student, slot), so adding a slot or a student never
/// changes anyone else's variants. A slot's pinned parameters replace their draws (see VariantSampler).
/// Thread-safe: one generator serves a whole class in parallel.
/// </summary>
public sealed class ExamGenerator(ExamBlueprint blueprint, ExerciseLibrary library, string secret, bool renderText = true)
{
    private readonly ExerciseSolver _solver = new(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText);

    public ExerciseSolver Solver => _solver;

    public StudentExam Generate(Student student)
    {
        var exercises = blueprint.Slots.Select(slot =>
        {
            var exerciseId = slot.Pool.Length == 1
                ? slot.Pool[0]
                : slot.Pool[VariantSeed.Random(blueprint.Id, secret, student.Id, $"pool:{slot.Number}").Below(slot.Pool.Length)];
            var random = VariantSeed.Random(blueprint.Id, secret, student.Id, $"slot:{slot.Number}");
            if (slot.Pins.IsEmpty) return _solver.Solve(library[exerciseId], slot.Number, random, slot.Points);
            try
            {
                return _solver.Solve(library[exerciseId], slot.Number, random, slot.Points, slot.PinnedValues);
            }
            catch (InputException e)
            {
                // The template's own location says what failed; the slot's says which pins it failed with.
                throw new InputException([new Diagnostic(slot.Location, blueprint.Id,
                    $"slot {slot.Number} ({exerciseId}) cannot be solved with its pinned parameters for student {student.Id}:", DiagnosticCodes.SlotUnsolvable), .. e.Diagnostics]);
            }
        });
        return new StudentExam(blueprint, student, CheckCode.For(blueprint.Id, secret, student.Id), [.. exercises]);
    }
}
