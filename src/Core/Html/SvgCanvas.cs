using System.Globalization;
using System.Text;
using DeepExam.Layout;

namespace DeepExam.Html;

/// <summary>
/// A canvas that writes SVG: the HTML backend's figures are drawn by the same layout and draw ops as the
/// PDF's, replayed here instead of on a PDF page. Text is placed where the PDF measurer put it, and each run
/// is given its measured length, so a browser without DejaVu still lines labels up with the cells they name.
/// Numbers are written with at most two decimals in the invariant culture: the same figure gives the same bytes.
/// An SVG inside an HTML page (<paramref name="inHtml"/>) is written shorter, since a page may hold many: the serif
/// family is said once on the root, a text keeps its spaces only where it has runs of them, and the namespace, which
/// an HTML parser gives the element, is left out. A standalone file (an LMS export's figure) says everything.
/// </summary>
public sealed class SvgCanvas(ITextMeasurer measurer, bool inHtml = false) : ICanvas
{
    private const string SerifFamily = Typefaces.Serif + ", serif";

    private readonly StringBuilder _body = new(1024);

    public double Width(ReadOnlySpan<char> text, TextFont font) => measurer.Width(text, font);

    public FontMetrics Metrics(FontFace face) => measurer.Metrics(face);

    public void DrawText(double x, double baseline, string text, TextFont font, Color color)
    {
        var (family, bold, italic) = Face(font.Face);
        _body.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(baseline)).Append('"');
        if (!inHtml || family != SerifFamily) _body.Append(" font-family=\"").Append(family).Append('"');
        _body.Append(" font-size=\"").Append(N(font.Size)).Append('"');
        if (bold) _body.Append(" font-weight=\"bold\"");
        if (italic) _body.Append(" font-style=\"italic\"");
        if (color != Color.Black) _body.Append(" fill=\"").Append(color).Append('"');
        if (text.Length > 1)
            _body.Append(" textLength=\"").Append(N(measurer.Width(text, font))).Append("\" lengthAdjust=\"spacingAndGlyphs\"");
        // Runs of spaces, and spaces at either end, are kept as they are measured.
        if (!inHtml || text.StartsWith(' ') || text.EndsWith(' ') || text.Contains("  ", StringComparison.Ordinal)) _body.Append(" xml:space=\"preserve\"");
        _body.Append('>').AppendText(text).Append("</text>");
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) =>
        _body.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2))
            .Append("\" y2=\"").Append(N(y2)).Append("\" stroke=\"").Append(color).Append("\" stroke-width=\"").Append(N(thickness)).Append("\"/>");

    public void DrawRectangle(Rect rect, double thickness, Color stroke, Color? fill)
    {
        _body.Append("<rect x=\"").Append(N(rect.X)).Append("\" y=\"").Append(N(rect.Y)).Append("\" width=\"").Append(N(rect.Width))
            .Append("\" height=\"").Append(N(rect.Height)).Append("\" fill=\"").Append(fill is { } f ? f.ToString() : "none").Append('"');
        if (thickness > 0) _body.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(N(thickness)).Append('"');
        _body.Append("/>");
    }

    public void DrawBezier(Point p0, Point p1, Point p2, Point p3, double thickness, Color color) =>
        // Round caps and joins, as the PDF strokes curves (brackets and braces).
        _body.Append("<path d=\"M").Append(P(p0)).Append(" C").Append(P(p1)).Append(' ').Append(P(p2)).Append(' ').Append(P(p3))
            .Append("\" fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"").Append(N(thickness))
            .Append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");

    public void DrawPath(ReadOnlySpan<Point> points, bool closed, double thickness, Color stroke, Color? fill, double dash)
    {
        if (points.IsEmpty) return;
        _body.Append("<path d=\"M").Append(P(points[0]));
        for (var i = 1; i < points.Length; i++) _body.Append(" L").Append(P(points[i]));
        if (closed) _body.Append(" Z");
        _body.Append("\" fill=\"").Append(fill is { } f ? f.ToString() : "none").Append('"');
        if (thickness > 0)
        {
            _body.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(N(thickness)).Append('"');
            if (dash > 0) _body.Append(" stroke-dasharray=\"").Append(N(dash)).Append('"');
        }
        _body.Append("/>");
    }

    /// <summary>
    /// The drawing as one <c>svg</c> element of the given size in points (CSS px at 96 dpi are 4/3 points, so
    /// the viewBox keeps points and the width says how large to show it). The label is what a screen reader says.
    /// </summary>
    public string ToSvg(double width, double height, string label)
    {
        var svg = new StringBuilder(_body.Length + 256);
        svg.Append(inHtml ? "<svg font-family=\"" + SerifFamily + "\" viewBox=\"0 0 " : "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .Append(N(width)).Append(' ').Append(N(height))
            .Append("\" width=\"").Append(N(width * 4 / 3)).Append("\" height=\"").Append(N(height * 4 / 3))
            .Append("\" role=\"img\" aria-label=\"").AppendText(label).Append("\"><title>").AppendText(label).Append("</title>")
            .Append(_body).Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A laid-out fragment (a figure) as an SVG element, for a page of its own or (<paramref name="inHtml"/>) inside an HTML page.</summary>
    public static string Draw(Fragment fragment, ITextMeasurer measurer, string label, bool inHtml = false)
    {
        var canvas = new SvgCanvas(measurer, inHtml);
        FragmentPainter.Paint(new PlacedFragment(0, 0, fragment), canvas);
        return canvas.ToSvg(fragment.Width, fragment.Height, label);
    }

    /// <summary>The face's family with the generic family a browser without DejaVu falls back to.</summary>
    private static (string Family, bool Bold, bool Italic) Face(FontFace face)
    {
        var (family, bold, italic) = Typefaces.Of(face);
        var generic = family switch { Typefaces.Mono => "monospace", Typefaces.Sans => "sans-serif", _ => "serif" };
        return ($"{family}, {generic}", bold, italic);
    }

    private static string P(Point p) => N(p.X) + "," + N(p.Y);

    // -0 would print as "-0": the same figure must give the same bytes wherever zero came from.
    private static string N(double value)
    {
        var rounded = System.Math.Round(value, 2);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }
}
