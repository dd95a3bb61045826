using System.Text.RegularExpressions;
using DeepExam.Diagnostics;
using DeepExam.Pdf;
using DeepExam.Runs;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Runs;

public class ExercisePreviewTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
        _work = Directory.CreateTempSubdirectory("deepexam-preview-").FullName;
    }

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (_work.Length > 0) Directory.Delete(_work, recursive: true);
    }

    private static string Exercises => Path.Combine(TestPaths.Repository, "exercises");

    private PreviewSummary Preview(string template, int seed, string name) =>
        ExercisePreview.Run(template, Exercises, seed, Path.Combine(_work, name), _work);

    private static HashSet<string> Numbers(string text) => [.. Regex.Matches(text, @"\d+").Select(m => m.Value)];

    [Test]
    public void Shows_the_variants_numbers_on_its_exam_pages_and_its_answers_on_the_solution_pages()
    {
        var summary = Preview("pooling-small-matrix", 3, "p.pdf");
        var exam = ExercisePreview.Exam(ExercisePreview.Load("pooling-small-matrix", Exercises), 3);
        var pages = PdfTools.Text(File.ReadAllBytes(summary.OutputFile)).Split('\f', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(summary.Pages, Is.EqualTo(pages.Length).And.GreaterThan(1));
        Assert.That(pages[0], Does.Contain("Preview of pooling-small-matrix").And.Contain("seed 3"));
        Assert.That(Numbers(pages[0]), Is.SupersetOf(Numbers(exam.Exercises[0].Statement)), "the statement's numbers");
        Assert.That(pages[0], Does.Not.Contain("Solution."));
        Assert.That(string.Concat(pages[1..]), Does.Contain("— solutions").And.Contain("Solution."));
    }

    [Test]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_numbers()
    {
        var first = File.ReadAllBytes(Preview("conv-layer-volume", 7, "a.pdf").OutputFile);
        Assert.That(File.ReadAllBytes(Preview("conv-layer-volume", 7, "b.pdf").OutputFile), Is.EqualTo(first));
        var other = ExercisePreview.Exam(ExercisePreview.Load("conv-layer-volume", Exercises), 8).Exercises[0].Statement;
        Assert.That(other, Is.Not.EqualTo(ExercisePreview.Exam(ExercisePreview.Load("conv-layer-volume", Exercises), 7).Exercises[0].Statement));
        Assert.That(PdfTools.Text(File.ReadAllBytes(Preview("conv-layer-volume", 8, "c.pdf").OutputFile)), Is.Not.EqualTo(PdfTools.Text(first)));
    }

    [Test]
    public void Previews_a_template_file_outside_the_library_and_names_the_pdf_after_its_id_and_seed()
    {
        var file = Path.Combine(_work, "draft.yaml");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(Exercises, "conv-layer-volume.yaml")).Replace("id: conv-layer-volume", "id: my-draft"));
        var summary = ExercisePreview.Run(file, Exercises, 2, null, _work);
        Assert.That(summary.OutputFile, Is.EqualTo(Path.Combine(_work, "out", "preview", "my-draft-2.pdf")));
        Assert.That(PdfTools.Text(File.ReadAllBytes(summary.OutputFile)), Does.Contain("Preview of my-draft"));
    }

    [Test]
    public void With_html_the_exam_and_solution_pages_are_written_beside_the_pdf_and_only_the_solutions_show_answers()
    {
        var summary = ExercisePreview.Run("zero-padded-conv", Exercises, 1, Path.Combine(_work, "z.pdf"), _work, html: true);
        Assert.That(summary.WebPages, Is.EqualTo(new[] { Path.Combine(_work, "z-exam.html"), Path.Combine(_work, "z-solutions.html") }));
        var exam = File.ReadAllText(summary.WebPages[0]);
        var solutions = File.ReadAllText(summary.WebPages[1]);
        Assert.That(exam, Does.StartWith("<!DOCTYPE html>").And.Contain("<math"));
        Assert.That(exam, Does.Not.Contain("Working."));
        Assert.That(solutions, Does.Contain("Working.").And.Contain("<svg"), "the solution draws the padded matrix");
        Assert.That(Directory.GetFiles(_work, "*.partial"), Is.Empty);
    }

    [Test]
    public void A_broken_template_is_reported_with_its_line_and_nothing_is_written()
    {
        var file = Path.Combine(_work, "broken.yaml");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(Exercises, "feature-map-chain.yaml")).Replace("answer: pool_out(b, Q)", "answer: pool_outt(b, Q)"));
        var error = Assert.Throws<InputException>(() => ExercisePreview.Run(file, Exercises, 1, Path.Combine(_work, "x.pdf"), _work));
        Assert.That(error!.Diagnostics.Single().ToString(), Does.Match(@"broken\.yaml:\d+:13: error DX1405: \[feature-map-chain\] answer: unknown function 'pool_outt'"));
        Assert.That(Directory.GetFiles(_work), Is.EqualTo(new[] { file }));
    }

    [Test]
    public void An_unknown_id_suggests_the_nearest_one()
    {
        var error = Assert.Throws<InputException>(() => ExercisePreview.Load("conv-layer-volum", Exercises));
        Assert.That(error!.Message, Does.Contain("no exercise with this id (did you mean 'conv-layer-volume'?)"));
    }
}
