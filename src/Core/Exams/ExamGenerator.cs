using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Text;

namespace DeepExam.Exams;

/// <summary>
/// Builds a student's exam from the blueprint: draws each pool slot, then samples and solves each
/// exercise from its own seed (exam, secret, student, slot), so adding a slot or a student never
/// changes anyone else's variants. Thread-safe: one generator serves a whole class in parallel.
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
            return _solver.Solve(library[exerciseId], slot.Number, random, slot.Points);
        });
        return new StudentExam(blueprint, student, CheckCode.For(blueprint.Id, secret, student.Id), [.. exercises]);
    }
}
