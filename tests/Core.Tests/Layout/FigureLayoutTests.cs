using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Layout;
using DeepExam.Layout.Figures;

namespace DeepExam.Tests.Layout;

public class FigureLayoutTests
{
    private static readonly DocumentLayout Layout = new(FixedWidthMeasurer.Instance);
    private static readonly PageSetup Page = PageSetup.A4;
    private static readonly FigureLayout Figures = new(FixedWidthMeasurer.Instance, LayoutStyle.Default);

    private static Figure Figure(string spec)
    {
        var figure = FigureParser.Parse(spec);
        Assert.That(figure.Problems.Select(p => p.ToString()), Is.Empty);
        return figure;
    }

    private static Rect Placed(PlacedFragment f, DrawOp op) => op.Bounds.Offset(f.X, f.Y);

    private static readonly string[] Specs =
    [
        "conv-volume input: 32x32x3, kernel: 5x5, filters: 6",
        "conv-volume input: 32x32x3, kernel: 5x5, filters: 6, output: 28x28x6",
        "conv-volume input: 224x160x3, kernel: 11x11, output: 54x38x96",
        "conv-volume input: 7x7x512, kernel: 3x3",
        "grid values: [[1, 5, 3, 2], [4, 0, 7, 1], [9, 2, 3, 6], [0, 8, 1, 4]], label: I, windows: 2x2, marks: [[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1]]",
        "grid values: [[1, -2, 3], [4, 5, 6], [7, 8, -9]], label: M', padding: 1, shade: 2x2 at (0, 0)\ngrid values: [[1, -1], [2, 0]], label: K\ngrid values: [[1, 3, 5, 3], [5, 12, 16, 9], [11, 24, 28, 15], [7, 15, 17, 9]], label: o, shade: 1x1 at (0, 0)",
        "grid values: [[1/2, -3, 5/2], [4, -11/3, 0]], label: x, shade: 2x2 at (0, 1)\ngrid values: [[1, -1/2], [2, 0]], label: W",
    ];

    /// <summary>A page of text with the figure between two paragraphs, inside a labelled block as a part's solution is.</summary>
    private static LaidOutDocument Sheet(string spec) => Layout.Layout(new Document(
        [
            Paragraph.Of(new TextRun("Before the figure.")),
            new LabeledBlock("(a)", "2 points", [Paragraph.Of(new TextRun("The layer:")), Figure(spec), Paragraph.Of(new TextRun("After the figure."))]),
            Paragraph.Of(new TextRun("The next block.")),
        ], []), PageFrame.None);

    [TestCaseSource(nameof(Specs))]
    public void A_figure_stays_inside_its_box_and_the_margins_and_clear_of_the_next_block(string spec)
    {
        var page = Sheet(spec).Pages.Single();
        var content = page.Content;
        var figure = content.Single(f => f.Fragment.What.StartsWith("the figure", StringComparison.Ordinal));
        Assert.That(figure.Bounds.IsInside(Page.ContentArea), $"{figure}");
        foreach (var op in figure.Fragment.Ops)
        {
            Assert.That(Placed(figure, op).IsInside(figure.Bounds, 0.5), $"{op} outside {figure}");
            Assert.That(Placed(figure, op).IsInside(Page.ContentArea), $"{op} outside the margins");
        }
        foreach (var other in content.Where(f => f != figure))
            Assert.That(other.Bounds.Overlaps(figure.Bounds), Is.False, $"{other} overlaps {figure}");
        var after = content[content.IndexOf(figure) + 1];
        Assert.That(after.Y, Is.GreaterThanOrEqualTo(figure.Bounds.Bottom), "the next block starts below the figure");
    }

    [TestCaseSource(nameof(Specs))]
    public void The_labels_of_a_figure_do_not_overlap(string spec)
    {
        var texts = Figures.Layout(Figure(spec), 400).Ops.OfType<TextOp>()
            .Select(t => (t.Text, Box: new Rect(t.X, t.Baseline - 0.72 * t.Font.Size, t.Width, 0.92 * t.Font.Size))).ToList();
        for (var i = 0; i < texts.Count; i++)
            for (var j = i + 1; j < texts.Count; j++)
                Assert.That(texts[i].Box.Overlaps(texts[j].Box, 0.2), Is.False, $"'{texts[i].Text}' {texts[i].Box} overlaps '{texts[j].Text}' {texts[j].Box}");
    }

    [Test]
    public void Any_conv_volume_from_1_to_thousands_lays_out_inside_its_box_with_its_labels_apart()
    {
        var random = new Random(20261214);
        for (var i = 0; i < 300; i++)
        {
            var (h, w) = (random.Next(1, 300), random.Next(1, 300));
            var spec = $"conv-volume input: {h}x{w}x{random.Next(1, 2049)}, kernel: {random.Next(1, h + 1)}x{random.Next(1, w + 1)}";
            var filters = random.Next(1, 1025);
            spec += random.Next(3) switch
            {
                0 => "",
                1 => $", filters: {filters}",
                _ => $", output: {random.Next(1, h + 3)}x{random.Next(1, w + 3)}x{filters}",
            };
            var fragment = Figures.Layout(Figure(spec), 400);
            Assert.That(fragment.Ops.Select(o => o.Bounds), Has.All.Matches<Rect>(b => b.IsInside(new Rect(0, 0, 400, fragment.Height), 0.5)), spec);
            var texts = fragment.Ops.OfType<TextOp>().Select(t => (t.Text, Box: new Rect(t.X, t.Baseline - 0.72 * t.Font.Size, t.Width, 0.92 * t.Font.Size))).ToList();
            for (var a = 0; a < texts.Count; a++)
                for (var b = a + 1; b < texts.Count; b++)
                    Assert.That(texts[a].Box.Overlaps(texts[b].Box, 0.2), Is.False, $"{spec}: '{texts[a].Text}' overlaps '{texts[b].Text}'");
        }
    }

    [TestCase(1, 1, 0)]
    [TestCase(2, 3, 0)]
    [TestCase(4, 4, 0)]
    [TestCase(3, 3, 1)]
    [TestCase(2, 5, 2)]
    public void A_grid_draws_one_cell_and_one_number_per_entry(int rows, int columns, int padding)
    {
        var values = "[" + string.Join(", ", Enumerable.Range(0, rows).Select(r => "[" + string.Join(", ", Enumerable.Range(0, columns).Select(c => 10 + r * columns + c)) + "]")) + "]";
        var fragment = Figures.Layout(Figure($"grid values: {values}, padding: {padding}"), 400);
        var numbers = fragment.Ops.OfType<TextOp>().Select(t => t.Text).ToList();
        var (drawnRows, drawnColumns) = (rows + 2 * padding, columns + 2 * padding);
        Assert.That(numbers, Has.Count.EqualTo(drawnRows * drawnColumns));
        Assert.That(numbers.Count(n => n == "0"), Is.EqualTo(drawnRows * drawnColumns - rows * columns), "padding cells show zeros");

        // The grid's lines: horizontal ones at drawnRows + 1 heights, vertical ones at drawnColumns + 1 places.
        var segments = fragment.Ops.Select(o => o switch
        {
            LineOp l => (l.From, l.To),
            PathOp { Closed: false, Points.Length: 2 } p => (p.Points[0], p.Points[1]),
            _ => (new Point(double.NaN, 0), new Point(double.NaN, 0)),
        }).Where(s => !double.IsNaN(s.Item1.X)).ToList();
        var heights = segments.Where(s => Math.Abs(s.Item1.Y - s.Item2.Y) < 1e-9).Select(s => Math.Round(s.Item1.Y, 3)).Distinct().Count();
        var places = segments.Where(s => Math.Abs(s.Item1.X - s.Item2.X) < 1e-9).Select(s => Math.Round(s.Item1.X, 3)).Distinct().Count();
        Assert.That((heights, places), Is.EqualTo((drawnRows + 1, drawnColumns + 1)));
    }

    [Test]
    public void The_grids_of_a_figure_share_one_cell_size_and_their_middles()
    {
        var fragment = Figures.Layout(Figure("grid values: [[1, 2], [3, 4]], label: x\ngrid values: [[12345]], label: \\partial L / \\partial x"), 400);
        var cells = fragment.Ops.OfType<LineOp>().Where(l => l.From.Y == l.To.Y).Select(l => Math.Round(l.To.X - l.From.X, 3)).Distinct().ToList();
        // Every horizontal line spans whole cells of one size: the 1×1 grid's line is one cell, the 2×2's two.
        var cell = cells.Min();
        Assert.That(cells, Is.All.Matches<double>(w => Math.Abs(w / cell - Math.Round(w / cell)) < 1e-6));
        var one = fragment.Ops.OfType<TextOp>().Single(t => t.Text == "1");
        var big = fragment.Ops.OfType<TextOp>().Single(t => t.Text == "12345");
        var three = fragment.Ops.OfType<TextOp>().Single(t => t.Text == "3");
        Assert.That(big.Baseline, Is.EqualTo((one.Baseline + three.Baseline) / 2).Within(0.01), "the 1×1 grid sits level with the middle of the 2×2");
    }

    [Test]
    public void A_conv_volume_labels_its_sizes_and_hides_an_output_size_it_was_not_given()
    {
        var asked = Figures.Layout(Figure("conv-volume input: 36x30x3, kernel: 7x5, filters: 11"), 400).Ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.That(asked, Is.EquivalentTo(new[] { "36", "30", "3", "7 × 5", "input", "11", "output" }));
        var shown = Figures.Layout(Figure("conv-volume input: 36x30x3, kernel: 7x5, output: 30x26x11"), 400).Ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.That(shown, Is.EquivalentTo(new[] { "36", "30", "3", "7 × 5", "input", "30", "26", "11", "output" }));
    }

    [Test]
    public void A_conv_volume_draws_the_receptive_field_inside_the_input_face_and_its_column_inside_the_output()
    {
        var fragment = Figures.Layout(Figure("conv-volume input: 32x32x3, kernel: 5x5, filters: 6"), 400);
        var faces = fragment.Ops.OfType<PathOp>().Where(p => p.Closed).ToList();
        // Drawn in order: the input's side, top and front; the field's top and front; the output's three; the column's top and front.
        Assert.That(faces, Has.Count.EqualTo(10));
        var inputFront = faces[2].Bounds;
        var fieldFront = faces[4].Bounds;
        var outputFront = faces[7].Bounds;
        var columnFront = faces[9].Bounds;
        Assert.That(fieldFront.IsInside(inputFront), $"{fieldFront} in {inputFront}");
        Assert.That(columnFront.IsInside(outputFront), $"{columnFront} in {outputFront}");
        Assert.That(fieldFront.Width, Is.LessThan(inputFront.Width));
        Assert.That(outputFront.X, Is.GreaterThan(inputFront.Right), "the output is to the right of the input");
    }

    [Test]
    public void A_figure_wider_than_the_column_is_scaled_down_to_fit()
    {
        var values = "[[" + string.Join(", ", Enumerable.Range(100, 12)) + "]]";
        var figure = Figure($"grid values: {values}");
        var natural = Figures.Layout(figure, 1000);
        var naturalWidth = natural.Ops.Max(o => o.Bounds.Right) - natural.Ops.Min(o => o.Bounds.X);
        var narrow = naturalWidth * 0.8;
        var fitted = Figures.Layout(figure, narrow);
        Assert.That(fitted.Ops.Select(o => o.Bounds), Has.All.Matches<Rect>(b => b.X >= -0.01 && b.Right <= narrow + 0.01));
        Assert.That(fitted.Ops.OfType<TextOp>().First().Font.Size, Is.EqualTo(natural.Ops.OfType<TextOp>().First().Font.Size * 0.8).Within(0.05));
        Assert.That(fitted.Height, Is.LessThan(natural.Height));
    }

    [Test]
    public void A_grid_too_wide_to_shrink_readably_is_an_error_naming_the_figure_and_the_exercise()
    {
        var values = "[[" + string.Join(", ", Enumerable.Range(1000, 40)) + "]]";
        var document = new Document([new Section("exercise 4 (pooling-small-matrix)", [Figure($"grid values: {values}, label: I")])], []);
        var error = Assert.Throws<LayoutException>(() => Layout.Layout(document, PageFrame.None));
        Assert.That(error!.Message, Does.StartWith("exercise 4 (pooling-small-matrix): the figure (grid 1×40 'I')").And.Contain("pt wide"));
    }

    [Test]
    public void A_figure_is_one_fragment_that_moves_whole_to_the_next_page_with_the_text_leading_to_it()
    {
        var filler = Enumerable.Range(0, 30).Select(i => (Block)Paragraph.Of(new TextRun($"Line {i}."))).ToList();
        var document = new Document([.. filler, Paragraph.Of(new TextRun("The figure shows the layer:")), Figure(Specs[1])], []);
        var pages = Layout.Layout(document, PageFrame.None).Pages;
        Assert.That(pages, Has.Length.EqualTo(2));
        var second = pages[1].Content;
        Assert.That(second.Select(f => f.Fragment.What), Has.Exactly(1).StartsWith("the figure"));
        Assert.That(second[0].Fragment.What, Does.Contain("The figure shows the layer:"), "the paragraph leading to the figure goes with it");
    }

    [Test]
    public void A_bad_figure_is_drawn_as_its_problems_in_red()
    {
        var figure = FigureParser.Parse("grid values: [[1, 2], [3]], labl: x");
        var fragment = Figures.Layout(figure, 300);
        var texts = fragment.Ops.OfType<TextOp>().ToList();
        Assert.That(string.Join(" ", texts.Select(t => t.Text)), Does.StartWith("Figure not drawn: line 1: unknown field 'labl'").And.Contain("row 2 has 1 numbers"));
        Assert.That(texts, Has.All.Matches<TextOp>(t => t!.Color == Color.Error));
        Assert.That(fragment.Ops.Select(o => o.Bounds), Has.All.Matches<Rect>(b => b.IsInside(new Rect(0, 0, 300, fragment.Height), 0.5)));
    }

    [Test]
    public void Paths_reach_the_canvas_as_polygons_with_their_bounds()
    {
        var canvas = new RecordingCanvas(FixedWidthMeasurer.Instance);
        var fragment = Figures.Layout(Figure(Specs[0]), 400);
        FragmentPainter.Paint(new PlacedFragment(50, 100, fragment), canvas);
        var polygons = canvas.Draws.Where(d => d.Kind == "polygon").ToList();
        Assert.That(polygons, Has.Count.EqualTo(10));
        Assert.That(polygons, Has.All.Matches<RecordedDraw>(d => d!.Bounds.X >= 50 && d.Bounds.Y >= 100));
    }
}
