using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// What every bundled exercise says to students, pinned: the statement, prompts, solutions, option texts
/// and mistake feedback of 300 variants of each template, rendered and digested per template and
/// compared with <c>rendered-text.golden</c>. A change of the text language or its renderer (Handlebars
/// to Scriban, say) must leave every text identical; a change on purpose updates the golden file in the
/// same commit, which names it. DEEPEXAM_GOLDEN=update rewrites the file; DEEPEXAM_GOLDEN_DUMP=folder
/// writes every rendered text there, with each part's traced working after them (the working is not digested), so two
/// versions can be compared with diff and a variant's symbols read side by side.
/// </summary>
public class RenderedTextGoldenTests
{
    private const int Variants = 300;
    private static string GoldenFile => Path.Combine(TestPaths.Repository, "tests", "Core.Tests", "Catalogue", "rendered-text.golden");

    [Test]
    public void Every_bundled_exercise_renders_the_same_text_in_300_variants()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var dump = Environment.GetEnvironmentVariable("DEEPEXAM_GOLDEN_DUMP");
        var digests = library.Templates.AsParallel().AsOrdered()
            .Select(t => $"{t.Id} {Digest(t, dump)}").ToList();

        if (Environment.GetEnvironmentVariable("DEEPEXAM_GOLDEN") == "update")
        {
            File.WriteAllLines(GoldenFile, digests);
            Assert.Ignore("rendered-text.golden rewritten");
        }
        var expected = File.ReadAllLines(GoldenFile);
        var changed = expected.Except(digests).Select(l => l.Split(' ')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.That(changed, Is.Empty, "templates whose rendered text changed (DEEPEXAM_GOLDEN_DUMP=folder writes the texts to compare)");
        Assert.That(digests, Is.EqualTo(expected));
    }

    private static string Digest(ExerciseTemplate template, string? dump)
    {
        var evaluator = new ExpressionEvaluator(BuiltinRegistry.Default);
        var renderer = new TextRenderer();
        var solver = new ExerciseSolver(evaluator, renderer, renderText: false);
        var all = new StringBuilder();
        for (var i = 0; i < Variants; i++)
        {
            var random = VariantSeed.Random("golden", template.Id, i.ToString(CultureInfo.InvariantCulture), "0");
            var solved = solver.Solve(template, 1, random);
            var text = new StringBuilder();
            void Add(string what, string rendered) => text.Append("== ").Append(what).Append('\n').Append(rendered).Append('\n');
            Add("statement", solver.Render(template, template.Statement, solved.Scope));
            foreach (var part in solved.Parts)
            {
                Add($"prompt {part.Id}", solver.Render(template, part.Template.Prompt, solved.Scope));
                Add($"solution {part.Id}", solver.Render(template, part.Template.Solution, solved.Scope));
                foreach (var option in part.Options) Add($"option {part.Id} {option.Letter}", option.Text);
                foreach (var (mistake, m) in part.Template.Mistakes.Select((m, index) => (m, index)))
                    Add($"feedback {part.Id} {m}", solver.Render(template, mistake.Feedback, solved.Scope));
            }
            if (dump is not null)
            {
                Directory.CreateDirectory(Path.Combine(dump, template.Id));
                File.WriteAllText(Path.Combine(dump, template.Id, $"{i:D3}.txt"), text + WorkingText(template, i));
            }
            all.Append(text);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..32];
    }

    /// <summary>
    /// For the dump only, not the digest: variant i's traced working under each part, so a reader of the dumped texts
    /// sees the symbols the working uses beside those of the prompt and solution.
    /// </summary>
    private static string WorkingText(ExerciseTemplate template, int i)
    {
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer());
        var solved = solver.Solve(template, 1, VariantSeed.Random("golden", template.Id, i.ToString(CultureInfo.InvariantCulture), "0"));
        var text = new StringBuilder();
        foreach (var part in solved.Parts.Where(p => !p.Working.IsEmpty))
            text.Append("== working ").Append(part.Id).Append('\n').Append(DeepExam.Working.WorkingMarkdown.Write(part.Working)).Append('\n');
        return text.ToString();
    }
}
