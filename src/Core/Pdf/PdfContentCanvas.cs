using System.Buffers;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// An <see cref="ICanvas"/> that writes one page's PDF content stream directly: text as glyph ids of
/// the embedded fonts (looked up in the font's own cmap), lines, rectangles and curves as path
/// operators. A general PDF library's text drawing (PDFsharp's, which this project started with) does a
/// great deal of work per call; writing the operators here is what lets a class of a thousand render in
/// seconds. Layout coordinates (points,
/// y down) are flipped to PDF's (y up) here.
/// </summary>
internal sealed class PdfContentCanvas(double pageHeight, IReadOnlyDictionary<FontFace, string> fontNames) : ICanvas
{
    private readonly ArrayBufferWriter<byte> _out = new(16 * 1024);
    private readonly PdfTextMeasurer _measurer = PdfTextMeasurer.Instance;
    private bool _inText;
    private FontFace? _font;
    private double _fontSize;
    private Color? _fill;
    private Color? _stroke;
    private double _lineWidth = -1;
    private int _lineCap;
    private readonly SortedSet<FontFace> _faces = [];

    /// <summary>The faces text has been drawn with, for the page's font resources.</summary>
    public IReadOnlySet<FontFace> Faces => _faces;

    public double Width(ReadOnlySpan<char> text, TextFont font) => _measurer.Width(text, font);

    public FontMetrics Metrics(FontFace face) => _measurer.Metrics(face);

    /// <summary>The content stream written so far (a text object still open is closed).</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            EndText();
            return _out.WrittenSpan;
        }
    }

    public void DrawText(double x, double baseline, string text, TextFont font, Color color)
    {
        if (text.Length == 0) return;
        if (!_inText)
        {
            Raw("BT\n");
            _inText = true;
        }
        if (_font != font.Face || _fontSize != font.Size)
        {
            Raw(fontNames[font.Face]);
            _faces.Add(font.Face);
            Raw(" ");
            Number(font.Size);
            Raw("Tf\n");
            _font = font.Face;
            _fontSize = font.Size;
        }
        SetFill(color);
        // A face whose file is missing is drawn from the regular one, slanted as PDFsharp would.
        Raw(DejaVuFonts.Resolve(font.Face).SimulateItalic ? "1 0 0.2 1 " : "1 0 0 1 ");
        Number(x);
        Number(pageHeight - baseline);
        Raw("Tm (");
        // The glyph ids as two bytes each in a literal string, half the size of hex digits; the bytes that a
        // literal string reads otherwise (its delimiters, the escape, a carriage return) are escaped.
        var f = DejaVuFonts.Font(font.Face);
        var span = _out.GetSpan(text.Length * 4);
        var n = 0;
        foreach (var c in text)
        {
            var glyph = f.GlyphIndex(c);
            n = Escaped(span, n, (byte)(glyph >> 8));
            n = Escaped(span, n, (byte)glyph);
        }
        _out.Advance(n);
        Raw(") Tj\n");
    }

    /// <summary>
    /// Opens a marked-content sequence tagged <paramref name="tag"/> with its id on the page, which the
    /// structure tree's parent tree points back from; <paramref name="actualText"/>, when given, is
    /// what text extraction and screen readers read instead of the glyphs (a formula's TeX source).
    /// </summary>
    public void BeginMarkedContent(string tag, int mcid, string? actualText)
    {
        // Marked content and text objects must nest: every sequence starts and ends outside BT/ET.
        EndText();
        Raw("/");
        Raw(tag);
        Raw(" <</MCID ");
        Number(mcid);
        if (actualText is not null)
        {
            Raw("/ActualText <FEFF");
            PdfSyntax.WriteUtf16Hex(_out, actualText);
            Raw(">");
        }
        Raw(">> BDC\n");
    }

    /// <summary>Opens a sequence that is not content (running heads, page numbers, rules): readers skip it.</summary>
    public void BeginArtifact()
    {
        EndText();
        Raw("/Artifact BMC\n");
    }

    public void EndMarkedContent()
    {
        EndText();
        Raw("EMC\n");
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
    {
        EndText();
        SetStroke(color, thickness, 0);
        Number(x1);
        Number(pageHeight - y1);
        Raw("m ");
        Number(x2);
        Number(pageHeight - y2);
        Raw("l S\n");
    }

    public void DrawRectangle(Rect rect, double thickness, Color stroke, Color? fill)
    {
        EndText();
        if (fill is { } f) SetFill(f);
        if (thickness > 0) SetStroke(stroke, thickness, 0);
        Number(rect.X);
        Number(pageHeight - rect.Bottom);
        Number(rect.Width);
        Number(rect.Height);
        Raw(fill is null ? "re S\n" : thickness > 0 ? "re B\n" : "re f\n");
    }

    public void DrawBezier(Point p0, Point p1, Point p2, Point p3, double thickness, Color color)
    {
        EndText();
        SetStroke(color, thickness, 1);
        Number(p0.X);
        Number(pageHeight - p0.Y);
        Raw("m ");
        foreach (var p in (ReadOnlySpan<Point>)[p1, p2, p3])
        {
            Number(p.X);
            Number(pageHeight - p.Y);
        }
        Raw("c S\n");
    }

    public void DrawPath(ReadOnlySpan<Point> points, bool closed, double thickness, Color stroke, Color? fill, double dash)
    {
        if (points.Length < 2 || (thickness <= 0 && fill is null)) return;
        EndText();
        if (fill is { } f) SetFill(f);
        var dashed = thickness > 0 && dash > 0;
        if (dashed)
        {
            // The dash pattern lives inside q/Q, so the stroke state this canvas remembers stays true after it.
            Raw("q\n");
            Colour(stroke);
            Raw("RG\n");
            Number(thickness);
            Raw("w [");
            Number(dash);
            Number(dash);
            Raw("] 0 d 0 J 0 j\n");
        }
        else if (thickness > 0) SetStroke(stroke, thickness, 0);
        for (var i = 0; i < points.Length; i++)
        {
            Number(points[i].X);
            Number(pageHeight - points[i].Y);
            Raw(i == 0 ? "m " : "l ");
        }
        if (closed) Raw("h ");
        Raw(fill is null ? "S\n" : thickness > 0 ? "B\n" : "f\n");
        if (dashed) Raw("Q\n");
    }

    private void EndText()
    {
        if (!_inText) return;
        Raw("ET\n");
        _inText = false;
        // Tf is part of the graphics state and survives ET, but a fresh BT reads clearer with it set again.
        _font = null;
    }

    private void SetFill(Color color)
    {
        if (_fill == color) return;
        Colour(color);
        Raw("rg\n");
        _fill = color;
    }

    private void SetStroke(Color color, double width, int cap)
    {
        if (_stroke != color)
        {
            Colour(color);
            Raw("RG\n");
            _stroke = color;
        }
        if (_lineWidth != width)
        {
            Number(width);
            Raw("w\n");
            _lineWidth = width;
        }
        if (_lineCap != cap)
        {
            // Round caps and joins for curves (round brackets, braces); butt caps keep rules exact.
            Raw(cap == 1 ? "1 J 1 j\n" : "0 J 0 j\n");
            _lineCap = cap;
        }
    }

    private void Colour(Color c)
    {
        Number(c.R / 255.0);
        Number(c.G / 255.0);
        Number(c.B / 255.0);
    }

    private void Raw(string s)
    {
        var span = _out.GetSpan(s.Length);
        for (var i = 0; i < s.Length; i++) span[i] = (byte)s[i];
        _out.Advance(s.Length);
    }

    /// <summary>Writes a number with at most three decimals and a trailing space, without allocating.</summary>
    private void Number(double value)
    {
        var scaled = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        var span = _out.GetSpan(32);
        var n = 0;
        if (scaled < 0)
        {
            span[n++] = (byte)'-';
            scaled = -scaled;
        }
        var whole = scaled / 1000;
        var fraction = (int)(scaled % 1000);
        Span<byte> digits = stackalloc byte[20];
        var d = 0;
        do
        {
            digits[d++] = (byte)('0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        while (d > 0) span[n++] = digits[--d];
        if (fraction != 0)
        {
            span[n++] = (byte)'.';
            var divisor = 100;
            while (fraction != 0)
            {
                span[n++] = (byte)('0' + fraction / divisor);
                fraction %= divisor;
                divisor /= 10;
            }
        }
        span[n++] = (byte)' ';
        _out.Advance(n);
    }

    private static int Escaped(Span<byte> span, int n, byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                span[n++] = (byte)'\\';
                span[n++] = b;
                break;
            case (byte)'\r':
                span[n++] = (byte)'\\';
                span[n++] = (byte)'r';
                break;
            default:
                span[n++] = b;
                break;
        }
        return n;
    }
}
