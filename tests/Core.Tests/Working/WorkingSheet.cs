using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Text;
using DeepExam.Working;

namespace DeepExam.Tests.Working;

/// <summary>A one-exercise template solved as the solution sheet solves it, and its working as Markdown.</summary>
internal static class WorkingSheet
{
    public static ExerciseTemplate Template(string body)
    {
        var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText("schema: 2\nid: t\ntitle: T\n" + body, "t.yaml");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return result.Template!;
    }

    public static SolvedExercise Solve(string body) =>
        new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer())
            .Solve(Template(body), 1, VariantSeed.Random("e", "k", "s", "1"));

    public static string Working(string body, int part = 0) => WorkingMarkdown.Write(Solve(body).Parts[part].Working);
}
