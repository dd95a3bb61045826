using System.Globalization;
using System.Xml.Linq;
using DeepExam.Documents.Figures;
using DeepExam.Html;
using DeepExam.Layout;
using DeepExam.Layout.Figures;
using DeepExam.Tests.Layout;

namespace DeepExam.Tests.Html;

public class SvgCanvasTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly FigureLayout Figures = new(FixedWidthMeasurer.Instance, LayoutStyle.Default);

    private static Fragment Figure(string spec) => Figures.Layout(FigureParser.Parse(spec), 400);

    [TestCase("conv-volume input: 32x32x3, kernel: 5x5, filters: 6, output: 28x28x6")]
    [TestCase("grid values: [[1, 5, 3, 2], [4, 0, 7, 1], [9, 2, 3, 6], [0, 8, 1, 4]], label: I, windows: 2x2, marks: [[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1]]")]
    [TestCase("grid values: [[1/2, -3, 5/2], [4, -11/3, 0]], label: x, shade: 2x2 at (0, 1)\ngrid values: [[1, -1/2], [2, 0]], label: W")]
    public void A_figure_becomes_one_svg_element_with_an_element_per_draw_op(string spec)
    {
        var figure = Figure(spec);
        var svg = XElement.Parse(SvgCanvas.Draw(figure, FixedWidthMeasurer.Instance, "the figure"));
        Assert.That(svg.Name, Is.EqualTo(Svg + "svg"));
        var drawn = svg.Elements().Where(e => e.Name != Svg + "title").ToList();
        Assert.That(drawn, Has.Count.EqualTo(figure.Ops.Length));
        var texts = drawn.Where(e => e.Name == Svg + "text").Select(e => e.Value).ToList();
        Assert.That(texts, Is.EqualTo(figure.Ops.OfType<TextOp>().Select(t => t.Text).ToList()));
    }

    [Test]
    public void Text_is_placed_at_its_baseline_with_its_measured_length()
    {
        var canvas = new SvgCanvas(FixedWidthMeasurer.Instance);
        canvas.DrawText(10.004, 20.5, "28x28", new TextFont(FontFace.SerifItalic, 10), Color.Black);
        var text = XElement.Parse(canvas.ToSvg(100, 50, "t")).Element(Svg + "text")!;
        Assert.That(text.Attribute("x")!.Value, Is.EqualTo("10"));
        Assert.That(text.Attribute("y")!.Value, Is.EqualTo("20.5"));
        Assert.That(text.Attribute("font-style")!.Value, Is.EqualTo("italic"));
        // 5 characters × 0.5 em × 10 pt with the fixed-width measurer.
        Assert.That(text.Attribute("textLength")!.Value, Is.EqualTo("25"));
    }

    [Test]
    public void Inside_a_page_the_serif_family_is_said_once_and_spaces_are_kept_only_where_they_run()
    {
        var canvas = new SvgCanvas(FixedWidthMeasurer.Instance, inHtml: true);
        canvas.DrawText(0, 10, "5 × 5", new TextFont(FontFace.Serif, 10), Color.Black);
        canvas.DrawText(0, 20, "a  b", new TextFont(FontFace.Serif, 10), Color.Black);
        canvas.DrawText(0, 30, "x", new TextFont(FontFace.Mono, 10), Color.Black);
        var svg = XElement.Parse(canvas.ToSvg(100, 50, "t"));
        Assert.That(svg.Name.NamespaceName, Is.Empty, "an HTML parser gives the element its namespace");
        Assert.That(svg.Attribute("font-family")!.Value, Is.EqualTo("DejaVu Serif, serif"));
        var texts = svg.Elements("text").ToList();
        Assert.That(texts.Select(t => t.Attribute("font-family")?.Value), Is.EqualTo(new[] { null, null, "DejaVu Sans Mono, monospace" }));
        Assert.That(texts.Select(t => t.Attribute(XNamespace.Xml + "space")?.Value), Is.EqualTo(new[] { null, "preserve", null }));
    }

    [Test]
    public void A_standalone_figure_says_its_namespace_and_every_text_its_family()
    {
        var canvas = new SvgCanvas(FixedWidthMeasurer.Instance);
        canvas.DrawText(0, 10, "5 × 5", new TextFont(FontFace.Serif, 10), Color.Black);
        var svg = XElement.Parse(canvas.ToSvg(100, 50, "t"));
        Assert.That(svg.Name, Is.EqualTo(Svg + "svg"));
        Assert.That(svg.Element(Svg + "text")!.Attribute("font-family")!.Value, Is.EqualTo("DejaVu Serif, serif"));
        Assert.That(svg.Element(Svg + "text")!.Attribute(XNamespace.Xml + "space")!.Value, Is.EqualTo("preserve"));
    }

    [Test]
    public void A_dashed_unfilled_path_keeps_its_dash_and_no_fill()
    {
        var canvas = new SvgCanvas(FixedWidthMeasurer.Instance);
        canvas.DrawPath([new Point(0, 0), new Point(5, -0.0001), new Point(5, 5)], closed: true, 0.5, Color.Gray, fill: null, dash: 2);
        var path = XElement.Parse(canvas.ToSvg(10, 10, "p")).Element(Svg + "path")!;
        Assert.That(path.Attribute("d")!.Value, Is.EqualTo("M0,0 L5,0 L5,5 Z"), "a tiny negative rounds to 0, not -0");
        Assert.That(path.Attribute("fill")!.Value, Is.EqualTo("none"));
        Assert.That(path.Attribute("stroke")!.Value, Is.EqualTo("#606060"));
        Assert.That(path.Attribute("stroke-dasharray")!.Value, Is.EqualTo("2"));
    }

    [Test]
    public void The_same_figure_gives_the_same_bytes_in_any_culture()
    {
        var figure = Figure("grid values: [[1/2, -3, 5/2], [4, -11/3, 0]], label: x, shade: 2x2 at (0, 1)");
        var invariant = SvgCanvas.Draw(figure, FixedWidthMeasurer.Instance, "x");
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.That(SvgCanvas.Draw(figure, FixedWidthMeasurer.Instance, "x"), Is.EqualTo(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
        Assert.That(invariant, Does.Contain(".5"), "decimals are written with a point");
    }
}
