using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// Every bundled template draws the same variants as when <c>bundled-variants.sha256</c> was written: for 300 seeds,
/// the parameters, derived values, option orders, answers and known-mistake values. A change to the language, the
/// sampler or a builtin that moved any of them would regrade exams already handed out differently. After a deliberate
/// change to a template, rewrite its line with DEEPEXAM_UPDATE_VARIANTS=1 and say so in the commit.
/// </summary>
public class BundledVariantsTests
{
    private const int Seeds = 300;
    private static readonly string GoldenFile = Path.Combine(TestPaths.Repository, "tests", "Core.Tests", "Catalogue", "bundled-variants.sha256");

    private static readonly Lazy<ExerciseLibrary> Library = new(() =>
        ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default));

    private static readonly Lazy<Dictionary<string, string>> Golden = new(() =>
        File.ReadAllLines(GoldenFile).Where(l => l.Length > 0).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal));

    [TestCaseSource(typeof(BundledExercisesTests), nameof(BundledExercisesTests.TemplateIds))]
    public void Template_draws_the_same_variants_as_recorded(string id)
    {
        var dump = Dump(id);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dump)));
        if (Environment.GetEnvironmentVariable("DEEPEXAM_UPDATE_VARIANTS") == "1")
        {
            Update(id, hash);
            return;
        }
        if (Golden.Value.GetValueOrDefault(id) == hash) return;
        var written = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"variants-{id}.txt");
        File.WriteAllText(written, dump);
        Assert.That(hash, Is.EqualTo(Golden.Value.GetValueOrDefault(id)), $"the variants of {id} changed; what they are now is in {written}");
    }

    /// <summary>The text the hash is taken over; approximate numbers to 12 significant digits, so another libm does not matter.</summary>
    internal static string Dump(string id)
    {
        var template = Library.Value[id];
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false);
        var text = new StringBuilder();
        for (var seed = 0; seed < Seeds; seed++)
        {
            var solved = solver.Solve(template, 1, VariantSeed.Random("bundled-variants", id, seed.ToString(CultureInfo.InvariantCulture), "1"));
            text.Append("seed ").Append(seed).Append('\n');
            foreach (var p in solved.Variant.Parameters) text.Append("  ").Append(p.Name).Append(" = ").Append(Show(p.Value)).Append('\n');
            foreach (var d in solved.Variant.Derived) text.Append("  ").Append(d.Name).Append(" := ").Append(Show(d.Value)).Append('\n');
            foreach (var part in solved.Parts)
            {
                text.Append("  part ").Append(part.Id).Append(": ").Append(Show(part.Answer));
                if (part.Options.Length > 0) text.Append(" options ").Append(string.Join(",", part.Options.Select(o => o.OriginalIndex)));
                text.Append(" mistakes [").Append(string.Join("; ", part.MistakeAnswers.Select(Show))).Append("]\n");
            }
        }
        return text.ToString();
    }

    private static string Show(Value value) => value switch
    {
        NumberValue { Number.IsExact: false } n => "~" + n.Number.ToDouble().ToString("G12", CultureInfo.InvariantCulture),
        TensorValue { IsExact: false } t => "tensor" + Tensor.FormatShape(t.Tensor.Shape) + "(" + string.Join(", ", t.Tensor.Values.Select(v => Show(Value.Of(v)))) + ")",
        ListValue l => "[" + string.Join(", ", l.Items.Select(Show)) + "]",
        RecordValue r => r.Kind + "(" + string.Join(", ", r.Fields.Select(f => f.Key + "=" + Show(f.Value))) + ")",
        _ => value.ToString(),
    };

    private static readonly Lock UpdateLock = new();

    private static void Update(string id, string hash)
    {
        lock (UpdateLock)
        {
            var lines = File.Exists(GoldenFile)
                ? File.ReadAllLines(GoldenFile).Where(l => l.Length > 0).ToDictionary(l => l.Split(' ')[0], l => l, StringComparer.Ordinal)
                : new Dictionary<string, string>(StringComparer.Ordinal);
            lines[id] = $"{id} {hash}";
            File.WriteAllLines(GoldenFile, lines.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
        }
    }
}
