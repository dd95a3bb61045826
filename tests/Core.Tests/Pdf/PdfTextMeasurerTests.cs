using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Tests.Pdf;

public class PdfTextMeasurerTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    private static readonly PdfTextMeasurer Measurer = PdfTextMeasurer.Instance;

    [Test]
    public void A_string_is_as_wide_as_its_characters()
    {
        var font = new TextFont(FontFace.Serif, 10);
        var whole = Measurer.Width("Exercise 1", font);
        var sum = "Exercise 1".Sum(c => Measurer.Width(c.ToString(), font));
        Assert.That(whole, Is.EqualTo(sum).Within(1e-9));
        Assert.That(Measurer.Width("Exercise 1", font with { Size = 20 }), Is.EqualTo(2 * whole).Within(1e-9));
    }

    [Test]
    public void Faces_have_their_own_widths()
    {
        Assert.That(Measurer.Width("mmm", new TextFont(FontFace.SerifBold, 10)), Is.GreaterThan(Measurer.Width("mmm", new TextFont(FontFace.Serif, 10))));
        Assert.That(Measurer.Width("iii", new TextFont(FontFace.Mono, 10)), Is.EqualTo(Measurer.Width("mmm", new TextFont(FontFace.Mono, 10))).Within(1e-9));
    }

    [TestCase('A')]
    [TestCase('∂')]
    [TestCase('∑')]
    [TestCase('⊙')]
    [TestCase('ℝ')]
    [TestCase('≤')]
    [TestCase('α')]
    [TestCase('−')]
    [TestCase('⌊')]
    public void The_serif_faces_have_the_math_symbols(char c)
    {
        Assert.That(DejaVuFonts.Font(FontFace.Serif).HasGlyph(c), Is.True);
        Assert.That(DejaVuFonts.Font(FontFace.SerifItalic).HasGlyph(c) || c is 'ℝ', Is.True);
    }

    [Test]
    public void Metrics_come_from_the_font()
    {
        var metrics = Measurer.Metrics(FontFace.Serif);
        Assert.That(metrics.Ascent, Is.InRange(0.7, 1.0));
        Assert.That(metrics.Descent, Is.InRange(0.1, 0.4));
    }
}
