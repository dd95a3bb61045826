using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Composition;
using DeepExam.Diagnostics;
using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Text;

namespace DeepExam.Runs;

/// <summary>
/// The <c>preview</c> command's work: one variant of one exercise, typeset as its exam and solution
/// pages in one PDF for the author to look at. The template is an id from the exercise folder or the
/// path of a YAML file not yet in it; a template with problems is reported like <c>validate</c> does.
/// Seed N is the variant of <c>validate</c>'s sample N, so the same seed always shows the same variant.
/// </summary>
public static class ExercisePreview
{
    private static readonly string[] YamlExtensions = [".yaml", ".yml"];

    /// <param name="outputFile">Where to write; null for out/preview/&lt;id&gt;-&lt;seed&gt;.pdf under <paramref name="root"/>.</param>
    /// <param name="bundledFolder">The bundled library behind <paramref name="exercisesFolder"/>, for ids the folder lacks; null for none.</param>
    /// <param name="html">Also write the exam and solution sheets as web pages beside the PDF (&lt;name&gt;-exam.html, &lt;name&gt;-solutions.html).</param>
    public static PreviewSummary Run(string template, string exercisesFolder, int seed, string? outputFile, string root, string? bundledFolder = null, bool html = false)
    {
        var loaded = Load(template, exercisesFolder, bundledFolder);
        var exam = Exam(loaded, seed);
        var path = Path.GetFullPath(outputFile ?? Path.Combine(root, "out", "preview", $"{loaded.Id}-{seed.ToString(CultureInfo.InvariantCulture)}.pdf"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Composed once: the PDF and the web pages show the same documents.
        var sheets = AuthorPreview.Sheets(exam);
        int pages;
        try
        {
            pages = WriteWhole(path, output => Pdf.DocumentPdf.Write(sheets, AuthorPreview.Info(exam), output));
        }
        catch (Layout.LayoutException e)
        {
            throw new InputException(new Diagnostic(new SourceLocation(loaded.File, 1, 1), loaded.Id, e.Within(exam.Student.Id).Message, DiagnosticCodes.PageCannotBeLaidOut));
        }
        var webPages = html ? WriteWebPages(sheets, path) : [];
        return new PreviewSummary(loaded.Id, seed, path, pages, webPages);
    }

    /// <summary>The exam and solution sheets as standalone web pages beside the PDF (&lt;name&gt;-exam.html, &lt;name&gt;-solutions.html).</summary>
    private static ImmutableArray<string> WriteWebPages(ImmutableArray<ComposedDocument> sheets, string pdfPath)
    {
        var stem = pdfPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? pdfPath[..^4] : pdfPath;
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var (sheet, name) in sheets.Zip(["exam", "solutions"]))
        {
            var path = $"{stem}-{name}.html";
            WriteWhole(path, output =>
            {
                output.Write(Html.DocumentHtml.Bytes(sheet, Pdf.PdfTextMeasurer.Instance));
                return 0;
            });
            written.Add(path);
        }
        return written.ToImmutable();
    }

    /// <summary>
    /// Writes a file beside its target and moves it over the target, so a failed preview never leaves half a
    /// file; <paramref name="write"/>'s result is returned.
    /// </summary>
    private static T WriteWhole<T>(string path, Func<Stream, T> write)
    {
        var staging = path + ".partial";
        try
        {
            T result;
            using (var output = new FileStream(staging, FileMode.Create, FileAccess.Write))
                result = write(output);
            File.Move(staging, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>
    /// The template at a path, or with an id in the folder (its own file, <c>&lt;id&gt;.yaml</c>, when there is one,
    /// so a broken neighbour does not stop the preview). Problems throw an <see cref="InputException"/> with every one of them.
    /// </summary>
    public static ExerciseTemplate Load(string template, string exercisesFolder, string? bundledFolder = null)
    {
        var file = FileOf(template, exercisesFolder, bundledFolder);
        if (file is not null)
        {
            var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).Load(file, ExerciseLibrary.DisplayPath(file));
            if (result.Template is { } loaded) return loaded;
            throw new InputException(result.Diagnostics.IsEmpty
                ? [new Diagnostic(new SourceLocation(ExerciseLibrary.DisplayPath(file), 1, 1), null, "not an exercise template", DiagnosticCodes.NotAnExercise)]
                : result.Diagnostics);
        }
        if (template.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || template.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            throw new InputException(new Diagnostic(new SourceLocation(template, 1, 1), null, "file not found", DiagnosticCodes.FileNotFound));
        var library = ExerciseLibrary.Open(exercisesFolder, bundledFolder, BuiltinRegistry.Default);
        if (library.Contains(template)) return library[template];
        throw new InputException(new Diagnostic(new SourceLocation(ExerciseLibrary.DisplayPath(exercisesFolder), 1, 1), template,
            $"no exercise with this id{Suggestions.DidYouMean(template, library.Ids)}", DiagnosticCodes.UnknownExercise));
    }

    /// <summary>
    /// The file of a template given as a path or an id: <c>&lt;id&gt;.yaml</c> in the exercise folder, else in the bundled one;
    /// null when neither has one (the id may still be in a subfolder, which <see cref="ExerciseLibrary"/> finds).
    /// </summary>
    public static string? FileOf(string template, string exercisesFolder, string? bundledFolder = null) =>
        File.Exists(template) ? template
            : new[] { exercisesFolder, bundledFolder }.OfType<string>()
                .SelectMany(folder => YamlExtensions.Select(e => Path.Combine(folder, template + e))).FirstOrDefault(File.Exists);

    /// <summary>The variant of <paramref name="seed"/> as a one-exercise exam: the sheets of a student called "Preview".</summary>
    public static StudentExam Exam(ExerciseTemplate template, int seed)
    {
        var seedText = seed.ToString(CultureInfo.InvariantCulture);
        var solver = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer());
        var solved = solver.Solve(template, 1, VariantSeed.Random("validate", template.Id, seedText, "0"));
        var blueprint = new ExamBlueprint(1, $"preview-{template.Id}", $"Preview of {template.Id}", "", "", "",
            [new ExerciseSlot(1, [template.Id], null, new SourceLocation(template.File, 1, 1), [])], template.File);
        // A preview has no secret and so no check code.
        return new StudentExam(blueprint, new Student($"seed {seedText}", "Preview", $"preview-{seedText}"), "—", [solved]);
    }
}
