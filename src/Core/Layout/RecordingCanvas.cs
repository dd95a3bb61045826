namespace DeepExam.Layout;

/// <summary>
/// A canvas that draws nothing and lists every call with its bounds, so tests can check a layout
/// (inside the margins, no overlaps, page numbers) without a PDF. It measures with the measurer it
/// is given; call <see cref="NextPage"/> between pages.
/// </summary>
public sealed class RecordingCanvas(ITextMeasurer measurer) : ICanvas
{
    private readonly List<RecordedDraw> _draws = [];

    public int Page { get; private set; } = 1;

    public IReadOnlyList<RecordedDraw> Draws => _draws;

    public IEnumerable<RecordedDraw> Texts => _draws.Where(d => d.Kind == "text");

    public void NextPage() => Page++;

    public double Width(ReadOnlySpan<char> text, TextFont font) => measurer.Width(text, font);

    public FontMetrics Metrics(FontFace face) => measurer.Metrics(face);

    public void DrawText(double x, double baseline, string text, TextFont font, Color color)
    {
        var width = measurer.Width(text, font);
        _draws.Add(new RecordedDraw(Page, "text", new Rect(x, baseline - 0.76 * font.Size, width, font.Size), text, font, color));
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) =>
        _draws.Add(new RecordedDraw(Page, "line", new LineOp(new Point(x1, y1), new Point(x2, y2), thickness, color).Bounds, null, null, color));

    public void DrawRectangle(Rect rect, double thickness, Color stroke, Color? fill) =>
        _draws.Add(new RecordedDraw(Page, "rectangle", rect, null, null, stroke));

    public void DrawBezier(Point p0, Point p1, Point p2, Point p3, double thickness, Color color) =>
        _draws.Add(new RecordedDraw(Page, "curve", new CurveOp(p0, p1, p2, p3, thickness, color).Bounds, null, null, color));

    public void DrawPath(ReadOnlySpan<Point> points, bool closed, double thickness, Color stroke, Color? fill, double dash) =>
        _draws.Add(new RecordedDraw(Page, closed ? "polygon" : "path", new PathOp([.. points], closed, thickness, stroke, fill, dash).Bounds, null, null, thickness > 0 ? stroke : fill ?? stroke));

    /// <summary>Paints every page of <paramref name="document"/> and returns the canvas that recorded them.</summary>
    public static RecordingCanvas Record(LaidOutDocument document, ITextMeasurer measurer)
    {
        var canvas = new RecordingCanvas(measurer);
        for (var i = 0; i < document.Pages.Length; i++)
        {
            if (i > 0) canvas.NextPage();
            FragmentPainter.Paint(document.Pages[i], canvas);
        }
        return canvas;
    }
}
