using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Text;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// The answers of the bundled exercises are pinned: 300 variants of every template, each part's answer and the
/// value of each of its known mistakes, hashed per template and compared with TestFiles/bundled-answers.txt. A
/// change to the solver or a builtin that moves one answer of one variant shows here, naming the template.
/// </summary>
public class BundledAnswersTests
{
    private const int Variants = 300;

    private static readonly string BaseFile = Path.Combine(TestPaths.Repository, "tests", "Core.Tests", "Catalogue", "TestFiles", "bundled-answers.txt");

    private static readonly Lazy<ExerciseLibrary> Library = new(() =>
        ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default));

    private static readonly Lazy<Dictionary<string, string>> Base = new(() => File.ReadAllLines(BaseFile)
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split(' ', 2))
        .ToDictionary(fields => fields[0], fields => fields[1], StringComparer.Ordinal));

    [TestCaseSource(typeof(BundledExercisesTests), nameof(BundledExercisesTests.TemplateIds))]
    public void Answers_of_300_variants_are_those_of_the_base(string id) =>
        Assert.That(Fingerprint(id), Is.EqualTo(Base.Value.GetValueOrDefault(id)),
            $"the answers of {id} changed; if that is intended (a new template, a corrected answer), write the new base with "
            + "DEEPEXAM_WRITE_ANSWER_BASE=1 and the test name, and say why in the commit");

    [Test]
    [Explicit("writes the base file; run it on purpose after an intended change of answers")]
    public void Write_the_base()
    {
        if (Environment.GetEnvironmentVariable("DEEPEXAM_WRITE_ANSWER_BASE") != "1") Assert.Ignore("set DEEPEXAM_WRITE_ANSWER_BASE=1");
        var lines = BundledExercisesTests.TemplateIds().Select(id => $"{id} {Fingerprint(id)}");
        File.WriteAllLines(BaseFile, ["# template id, then SHA-256 of its answers in 300 variants (BundledAnswersTests)", .. lines]);
    }

    /// <summary>Each variant's seed, part, answer and mistake values, one line per part, hashed.</summary>
    private static string Fingerprint(string id)
    {
        var template = Library.Value[id];
        // No text: answers and mistakes do not depend on it, and rendering is most of the cost.
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false);
        var text = new StringBuilder();
        for (var i = 0; i < Variants; i++)
        {
            var seed = i.ToString(CultureInfo.InvariantCulture);
            var solved = solver.Solve(template, 1, VariantSeed.Random("answer-base", "", id, seed));
            foreach (var part in solved.Parts)
                text.Append(seed).Append(' ').Append(part.Id).Append(' ').Append(part.Answer)
                    .Append(" | ").AppendJoin(" | ", part.MistakeAnswers).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
