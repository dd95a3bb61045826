using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;

namespace DeepExam.Runs;

/// <summary>
/// The `validate` command's work: solve N variants of a template from fixed seeds and report what
/// broke. A stress test in the spirit of R/exams' stresstest_exercise.
/// </summary>
public static class TemplateValidation
{
    /// <summary>Variants per template when none is asked for: the `validate` command's default and what the tests sample.</summary>
    public const int DefaultSamples = 1000;

    public static TemplateReport Validate(ExerciseTemplate template, int samples)
    {
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer());
        var fingerprints = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var errors = new ConcurrentDictionary<string, Diagnostic>(StringComparer.Ordinal);
        long attempts = 0, solvedCount = 0;
        var overlaps = template.Parts.Select(p => new int[p.Mistakes.Length]).ToArray();
        Parallel.For(0, samples, i =>
        {
            try
            {
                var random = VariantSeed.Random("validate", template.Id, i.ToString(System.Globalization.CultureInfo.InvariantCulture), "0");
                var solved = solver.Solve(template, 1, random);
                fingerprints.TryAdd(solved.Variant.Fingerprint, 0);
                var texts = Texts(template, solved);
                if (i < TexCheckedSamples) CheckTex(template, texts, errors);
                if (i < FigureCheckedSamples) FigureCheck.Check(template, texts, errors);
                Interlocked.Add(ref attempts, solved.Variant.Attempts);
                Interlocked.Increment(ref solvedCount);
                for (var p = 0; p < solved.Parts.Length; p++)
                    for (var m = 0; m < solved.Parts[p].MistakeAnswers.Length; m++)
                        if (ValueOperators.AreEqual(solved.Parts[p].Answer, solved.Parts[p].MistakeAnswers[m]))
                            Interlocked.Increment(ref overlaps[p][m]);
            }
            catch (InputException e)
            {
                // The same fault shows in many samples with different values: keep one per place and kind.
                foreach (var d in e.Diagnostics) errors.TryAdd($"{d.Location}|{Kind(d.Message)}", d);
            }
        });
        var space = template.Parameters.Aggregate(1.0, (s, p) => Math.Min(s * p.Domain.Size, 1e300));
        return new TemplateReport(template.Id, template.File, samples, fingerprints.Count, space,
            solvedCount == 0 ? 0 : (double)attempts / solvedCount,
            [.. errors.Values.OrderBy(d => d.Location.Line).ThenBy(d => d.Message, StringComparer.Ordinal).Take(10)],
            [.. template.Parts.SelectMany((part, p) => part.Mistakes.Select((mistake, m) => (part, mistake, count: overlaps[p][m])))
                .Where(o => o.count > 0)
                .Select(o => new MistakeOverlap(o.part.Id, o.mistake.Answer.Source, o.mistake.Answer.Location, (double)o.count / Math.Max(1, solvedCount)))]);
    }

    /// <summary>How many variants' rendered text is checked for TeX the PDF typesetter does not support.</summary>
    private const int TexCheckedSamples = 20;

    /// <summary>
    /// How many variants' figures are checked (spec and size on the page). More than for TeX: a figure is
    /// built from the variant's values, so one variant's can be wrong or too wide where another's is not.
    /// </summary>
    private const int FigureCheckedSamples = 200;

    /// <summary>The texts a variant shows: what each is, its template and its rendered Markdown.</summary>
    private static List<RenderedText> Texts(ExerciseTemplate template, SolvedExercise solved)
    {
        var texts = new List<RenderedText> { new("statement", template.Statement, solved.Statement) };
        foreach (var part in solved.Parts)
        {
            texts.Add(new($"prompt of part '{part.Id}'", part.Template.Prompt, part.Prompt));
            texts.Add(new($"solution of part '{part.Id}'", part.Template.Solution, part.Solution));
            texts.AddRange(part.Options.Select(o => new RenderedText($"an option of part '{part.Id}'", part.Template.Options[o.OriginalIndex].Text, o.Text)));
            // The working is generated, not written, but it is typeset all the same: a problem here is ours, and shows.
            if (!part.Working.IsEmpty) texts.Add(new($"working of part '{part.Id}'", part.Template.Solution, Working.WorkingMarkdown.Write(part.Working)));
        }
        return texts;
    }

    private static void CheckTex(ExerciseTemplate template, List<RenderedText> texts, ConcurrentDictionary<string, Diagnostic> errors)
    {
        foreach (var (what, source, rendered) in texts)
            foreach (var problem in Documents.MarkdownToDocument.Problems(rendered))
                errors.TryAdd($"{source.Location}|tex|{problem.Command}",
                    new Diagnostic(source.Location, template.Id, $"{what}: unsupported TeX {problem.Command}: {problem.Message}"));
    }

    private static string Kind(string message)
    {
        var cut = message.IndexOf(" (in the variant with", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
