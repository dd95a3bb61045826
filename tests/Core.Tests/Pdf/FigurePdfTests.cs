using DeepExam.Composition;
using DeepExam.Pdf;

namespace DeepExam.Tests.Pdf;

public class FigurePdfTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    [Test]
    public void The_exam_shows_the_conv_volume_figure_with_its_labels()
    {
        var exam = DemoExams.For(0);
        var volume = exam.Exercises.Single(e => e.Template.Id == "conv-layer-volume");
        Assert.That(volume.Statement, Does.Contain("```figure"), "the bundled exercise asks for the figure");
        var values = volume.Scope;
        using var pdf = new MemoryStream();
        DocumentPdf.Write(new StudentSheets(exam).ExamSheet, pdf);
        var text = PdfTools.Text(pdf.ToArray());
        var k = values["K"].ToString();
        Assert.That(text, Does.Contain($"{k}×{k}").Or.Contain($"{k} × {k}"), "the receptive field is labelled");
        Assert.That(text, Does.Contain("input").And.Contain("output"));
        Assert.That(text, Does.Not.Contain("```figure"), "the spec itself is not printed");
        Assert.That(PdfTools.RenderErrors(pdf.ToArray()), Is.Empty, "paths, fills and dashes are valid PDF");
    }

    [Test]
    public void The_solutions_draw_grids_whose_numbers_are_in_the_text()
    {
        var exam = DemoExams.For(1);
        var pooling = exam.Exercises.Single(e => e.Template.Id == "pooling-small-matrix");
        using var pdf = new MemoryStream();
        DocumentPdf.Write(new StudentSheets(exam).SolutionSheet, pdf);
        var text = PdfTools.Text(pdf.ToArray());
        Assert.That(text, Does.Contain("max pooling"), "the grid's label");
        var image = pooling.Scope["I"].ToString();
        foreach (var number in image.Trim('[', ']').Split(',').Select(n => n.Trim('[', ']', ' ')))
            Assert.That(text, Does.Contain(number));
    }
}
