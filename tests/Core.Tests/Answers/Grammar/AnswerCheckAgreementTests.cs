using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DeepExam.Answers.Grammar;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Submissions;
using DeepExam.Kinds;
using DeepExam.Output;
using DeepExam.Runs;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Tests.Grading;
using DeepExam.Text;

namespace DeepExam.Tests.Answers.Grammar;

/// <summary>
/// The answer form's JavaScript checker and the grader read every text alike: empty, ok, a format error, or
/// readable but of the wrong size. Cases: the docs' examples, the hints and answers of every bundled part
/// over several variants, simulated answer sheets, the grader's own notation tests, and 10,000 seeded
/// near-misses per kind. The JavaScript runs in Node, once, over all of them.
/// </summary>
public class AnswerCheckAgreementTests
{
    private const int MutationsPerKind = 10_000;
    private const int Seed = 20261203;

    private sealed class CaseSet
    {
        public readonly List<SolvedPart> Parts = [];
        public readonly List<(int Part, string Text, string Source)> Cases = [];

        public int Add(SolvedPart part)
        {
            Parts.Add(part);
            return Parts.Count - 1;
        }

        public void Add(int part, string text, string source) => Cases.Add((part, text, source));
    }

    /// <summary>One part of every kind, with a size, options and an answer to start mutations from.</summary>
    private static readonly (string Kind, Func<SolvedPart> Part, string[] Valid)[] Kinds =
    [
        ("integer", () => AnswerParserTests.Part("integer", "10001000"), ["10001000", "10,001,000", "10 001 000", "10_001_000", "\u22123", "-3", "+7", "0"]),
        ("exact", () => AnswerParserTests.Part("exact", "11/3"), ["11/3", "11 / 3", "0.25", "1.5e-3", "2.5 \u00D7 10^3", "2.5x10^(-2)", ".5", "5.", "1,234.5", "-9/-2", "1e3/2e1"]),
        ("approx", () => AnswerParserTests.Part("approx", "1/3"), ["0.3333", "3.333e-1", "1/3", "0.33", "\u22120.5", "1 234.5"]),
        ("shape", () => AnswerParserTests.Part("shape", "[28, 28, 5]"), ["[28, 28, 5]", "28x28x5", "28 \u00D7 28 \u00D7 5", "(28, 28, 5)", "28, 28, 5", "28,28,5", "[28, 28.0, 10/2]", "28*28*5"]),
        ("tuple", () => AnswerParserTests.Part("tuple", "[3, 1, 1/2]"), ["[3, 1, 1/2]", "3 1 1/2", "(3, 1, 0.5)", "3x1x0.5", "3,1,1/2"]),
        ("vector", () => AnswerParserTests.Part("vector", "[1, 0, 2]"), ["[1, 0, 2]", "1 0 2", "1, 0, 2", "(1, 0, 2)", "[1, 0.0, 4/2]", "[1_000, -2, 1e2]"]),
        ("matrix", () => AnswerParserTests.Part("matrix", "[[1, 2], [3, 1/2]]"), ["[[1, 2], [3, 1/2]]", "1 2; 3 1/2", "1 2\n3 0.5", "1, 2; 3, 0.5", "((1, 2), (3, 4))", "[[1, 2, 3]]"]),
        ("tensor", () => AnswerParserTests.Part("tensor", "[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]"), ["[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]", "[[[1, 2]], [[3, 4]]]", "[[1, 2], [3, 4]]", "1 2; 3 4"]),
        ("choice", () => AnswerParserTests.Choice("choice", "More parameters"), ["B", "b", "(b)", "B.", "more parameters", "Weight  sharing.", "E"]),
        ("multi", () => AnswerParserTests.Choice("multi", "Weight sharing", "Translation equivariance"), ["[A, C]", "A, C", "AC", "c a", "[]", "A;C", "(a) C.", "[weight sharing, d]"]),
        ("bool", () => AnswerParserTests.Part("bool", "true"), ["true", "T", "yes", "no", "0", "incorrect", "Correct"]),
    ];

    [Test]
    public void The_javascript_checker_and_the_grader_agree_on_every_case()
    {
        NodeAnswerChecker.RequireNode();
        TestContext.Progress.WriteLine($"answer-check agreement: mutation seed {Seed}");
        var set = new CaseSet();
        var mutations = new AnswerMutations(Seed);
        var notations = NotationTestTexts().Concat(DocsExamples()).Distinct().ToList();
        foreach (var (kind, make, valid) in Kinds)
        {
            var part = set.Add(make());
            Assert.That(AnswerKinds.NameOf(set.Parts[part].Kind), Is.EqualTo(kind));
            foreach (var text in valid.Concat(notations)) set.Add(part, text, "notation");
            var starts = valid.Concat(Kinds.SelectMany(k => k.Valid)).ToArray();
            for (var i = 0; i < MutationsPerKind; i++) set.Add(part, mutations.Mutate(starts[i % starts.Length]), "generated");
        }
        foreach (var text in notations.Concat(Kinds.SelectMany(k => k.Valid)))
            set.Add(-1, text, "entry");
        for (var i = 0; i < 2000; i++) set.Add(-1, mutations.Mutate(Kinds[i % 3].Valid[i % Kinds[i % 3].Valid.Length]), "entry generated");
        AddBundledHints(set);
        AddSimulatedSheets(set);

        var cSharp = new StringBuilder(set.Cases.Count);
        var messages = new List<string>(set.Cases.Count);
        foreach (var (part, text, _) in set.Cases)
        {
            var result = part < 0 ? AnswerCheck.CheckEntry(text) : AnswerCheck.Check(set.Parts[part], text);
            cSharp.Append(result.StatusName[0]);
            messages.Add(result.Message);
        }
        var js = NodeAnswerChecker.Statuses([.. set.Parts.Select(p => AnswerPartDescriptor.Of(p).Json())], [.. set.Cases.Select(c => (c.Part, c.Text))]);

        var differences = Enumerable.Range(0, set.Cases.Count).Where(i => i >= js.Length || js[i] != cSharp[i]).Take(15)
            .Select(i =>
            {
                var (part, text, source) = set.Cases[i];
                var kind = part < 0 ? "entry" : AnswerKinds.NameOf(set.Parts[part].Kind);
                return $"{source} {kind} {Escape(text)}: grader {cSharp[i]} ({messages[i]}), javascript {(i < js.Length ? js[i] : '?')}";
            }).ToList();
        TestContext.Progress.WriteLine($"answer-check agreement: {set.Cases.Count} cases over {set.Parts.Count} parts; "
            + string.Join(", ", cSharp.ToString().GroupBy(c => c).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Assert.That(differences, Is.Empty, $"seed {Seed}");
        Assert.That(js.Length, Is.EqualTo(set.Cases.Count));
        // Both sides of each line are exercised: the generated cases are not all format errors.
        foreach (var status in "eofs") Assert.That(cSharp.ToString(), Does.Contain(status.ToString()));
    }

    /// <summary>Every string argument of the grader's notation tests (NumberTextTests, AnswerParserTests).</summary>
    private static IEnumerable<string> NotationTestTexts() =>
        new[] { typeof(NumberTextTests), typeof(AnswerParserTests) }
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<TestCaseAttribute>())
            .SelectMany(a => a.Arguments.OfType<string>());

    /// <summary>The code spans of docs/grading.md's "Reading answers", with and without their YAML quotes.</summary>
    private static IEnumerable<string> DocsExamples()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "grading.md"));
        var start = docs.IndexOf("## Reading answers", StringComparison.Ordinal);
        var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        foreach (Match m in Regex.Matches(docs[start..end], "`([^`]+)`"))
        {
            var span = m.Groups[1].Value;
            yield return span;
            if (span.Length >= 2 && span[0] == '"' && span[^1] == '"') yield return span[1..^1];
        }
    }

    /// <summary>Every part of every bundled exercise over three variants: its hint, the hint's example, its answer and its known mistakes as text.</summary>
    private static void AddBundledHints(CaseSet set)
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false);
        foreach (var template in library.Templates)
            for (var seed = 0; seed < 3; seed++)
                foreach (var solved in solver.Solve(template, 1, VariantSeed.Random("agreement", template.Id, seed.ToString(CultureInfo.InvariantCulture), "0")).Parts)
                {
                    var part = set.Add(solved);
                    var hint = AnswerText.ExpectedForm(solved);
                    set.Add(part, hint, "hint");
                    var eg = hint.IndexOf("e.g. ", StringComparison.Ordinal);
                    if (eg >= 0) set.Add(part, hint[(eg + 5)..].Split(';')[0], "hint example");
                    set.Add(part, AnswerText.Format(solved.Answer), "answer");
                    for (var i = 0; i < solved.MistakeAnswers.Length; i++)
                        if (solved.MistakeApplies(i)) set.Add(part, AnswerText.Format(solved.MistakeAnswers[i]), "mistake");
                }
    }

    /// <summary>The answers of simulated sheets of the demo exam, as the grader reads them, given to the checker as typed text.</summary>
    private static void AddSimulatedSheets(CaseSet set)
    {
        var library = ExerciseLibrary.Load(DemoExam.Exercises(TestPaths.Repository), BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(DemoExam.Blueprint(TestPaths.Repository), library);
        var generator = new ExamGenerator(blueprint, library, "agreement", renderText: false);
        for (var i = 0; i < 30; i++)
        {
            var exam = generator.Generate(new Student($"s{i}", $"Student {i}", $"s{i}"));
            var sheet = SubmissionSimulation.Sheet(exam, "agreement");
            var read = SubmissionReader.Parse(new SubmissionFile($"s{i}.yaml", sheet.Length, DateTime.UnixEpoch), sheet);
            Assert.That(read.Submission, Is.Not.Null, read.Problem);
            foreach (var solved in exam.Parts)
            {
                if (!read.Submission!.Answers.TryGetValue(PartKey.Normalize(solved.Key), out var node)) continue;
                var text = node switch { AnswerNode.Text t => t.Value, AnswerNode.Empty => "", _ => node.Show() };
                set.Add(set.Add(solved), text, "simulated");
            }
        }
    }

    private static string Escape(string text) =>
        "\"" + string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";
}
