using System.Text;
using DeepExam.Documents.Math;
using DeepExam.Layout;
using DeepExam.Layout.Formulas;
using DeepExam.Pdf;
using DeepExam.Tests.Documents;

namespace DeepExam.Tests.Pdf;

public class GlyphCoverageTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    private static readonly MathTypesetter Typesetter = new(PdfTextMeasurer.Instance, 10);

    private static List<TextOp> Typeset(string tex)
    {
        var ops = new List<DrawOp>();
        Typesetter.Typeset(TexParser.Parse(tex).Root, MathStyle.Display).Flatten(0, 0, ops);
        return [.. ops.OfType<TextOp>()];
    }

    [TestCase(@"w^\star", "⋆")]
    [TestCase(@"\mathcal{L}(w)", "ℒ")]
    [TestCase(@"\ell(w)", "ℓ")]
    [TestCase(@"a \ll b", "≪")]
    [TestCase(@"x \not< y", "≮")]
    [TestCase(@"\left\backslash a \right.", "∖")]
    public void A_symbol_DejaVu_Serif_lacks_is_set_in_DejaVu_Sans_which_has_it(string tex, string symbol)
    {
        Assert.That(DejaVuFonts.Font(FontFace.Serif).HasGlyph(symbol[0]), Is.False, "the serif face lacks it");
        var op = Typeset(tex).Single(t => t.Text == symbol);
        Assert.That(op.Font.Face, Is.EqualTo(FontFace.Sans));
        Assert.That(GlyphCoverage.Has(op.Font.Face, new Rune(symbol[0])), Is.True);
    }

    public static IEnumerable<string> SupportedCommands() => TexParserTests.SupportedCommands();

    [TestCaseSource(nameof(SupportedCommands))]
    public void Every_supported_command_is_set_in_faces_that_have_its_glyphs(string command)
    {
        var tex = TexParserTests.Usage(command);
        Assert.That(GlyphCoverage.Missing(Typeset(tex)).Select(m => $"{m.Character} in {m.Face}"), Is.Empty, tex);
    }

    [TestCase(@"\mathcal{LHBEFIMR} \mathscr{L}")]
    [TestCase(@"\mathbb{RNZQCPH}")]
    [TestCase(@"\not= \not\in \not< \not> \not\le \not\leq \not\ge \not\geq \not\subseteq \not\sim \not\equiv")]
    [TestCase(@"\left( \left[ \left\{ \left| \left\| \left\langle \left\lfloor \left\lceil \left/ \left\backslash \left\uparrow \left\downarrow a")]
    public void Letters_negations_and_delimiters_are_set_in_faces_that_have_their_glyphs(string tex)
    {
        Assert.That(GlyphCoverage.Missing(Typeset(tex)).Select(m => $"{m.Character} in {m.Face}"), Is.Empty);
    }

    [Test]
    public void A_character_outside_the_basic_plane_has_no_glyph_in_any_face()
    {
        Assert.That(GlyphCoverage.FacesWith(new Rune(0x1F600)), Is.Empty);
        Assert.That(GlyphCoverage.FacesWith(new Rune('中')), Is.Empty);
        Assert.That(GlyphCoverage.FacesWith(new Rune('⋆')), Does.Contain(FontFace.Sans).And.Not.Contain(FontFace.Serif));
    }

    [Test]
    public void Each_missing_character_is_named_once_per_face_in_order()
    {
        var ops = new DrawOp[]
        {
            new TextOp(0, 0, "a⋆b⋆", new TextFont(FontFace.Serif, 10), Color.Black, 1, 1, 1),
            new TextOp(0, 0, "⋆😀", new TextFont(FontFace.Sans, 10), Color.Black, 1, 1, 1),
        };
        Assert.That(GlyphCoverage.Missing(ops), Is.EqualTo(new[] { (new Rune('⋆'), FontFace.Serif), (new Rune(0x1F600), FontFace.Sans) }));
    }
}
