using System.Collections.Immutable;
using DeepExam.Documents.Math;
using DeepExam.Layout.Formulas;

namespace DeepExam.Layout.Figures;

/// <summary>
/// Collects the ops of one panel in any coordinates and, when done, moves them so the panel's ink
/// starts at (0, 0): drawers place things relative to each other and never compute their extent.
/// </summary>
internal sealed class DrawingBuilder(ITextMeasurer measurer)
{
    private readonly List<DrawOp> _ops = [];

    public void Line(Point from, Point to, double thickness, Color color, double dash = 0) =>
        _ops.Add(dash > 0 ? new PathOp([from, to], false, thickness, color, null, dash) : new LineOp(from, to, thickness, color));

    public void Polygon(ReadOnlySpan<Point> points, double thickness, Color stroke, Color? fill) =>
        _ops.Add(new PathOp([.. points], true, thickness, stroke, fill));

    public void Rectangle(Rect rect, double thickness, Color stroke, Color? fill) => _ops.Add(new RectOp(rect, thickness, stroke, fill));

    /// <summary>A label whose baseline starts, centres or ends at (<paramref name="x"/>, <paramref name="baseline"/>); returns its box.</summary>
    public Rect Text(string text, TextFont font, Color color, double x, double baseline, Anchor anchor = Anchor.Left)
    {
        var width = measurer.Width(text, font);
        var left = anchor switch { Anchor.Center => x - width / 2, Anchor.Right => x - width, _ => x };
        var op = new TextOp(left, baseline, text, font, color, width, 0.76 * font.Size, 0.24 * font.Size);
        _ops.Add(op);
        return op.Bounds;
    }

    /// <summary>Typeset math with its baseline origin at (<paramref name="x"/>, <paramref name="baseline"/>), its text in <paramref name="color"/>.</summary>
    public void Math(MathBox box, double x, double baseline, Color color)
    {
        var start = _ops.Count;
        box.Flatten(x, baseline, _ops);
        if (color == Color.Black) return;
        for (var i = start; i < _ops.Count; i++)
            _ops[i] = _ops[i] switch
            {
                TextOp t when t.Color == Color.Black => t with { Color = color },
                LineOp l when l.Color == Color.Black => l with { Color = color },
                RectOp r when r.Fill == Color.Black => r with { Fill = color, Stroke = color },
                CurveOp c when c.Color == Color.Black => c with { Color = color },
                var other => other,
            };
    }

    /// <summary>An ellipse (a circle when the radii agree) as four Bézier quarters, the usual 0.5523 approximation.</summary>
    public void Ellipse(Point centre, double radiusX, double radiusY, double thickness, Color color)
    {
        var (kx, ky) = (0.5523 * radiusX, 0.5523 * radiusY);
        var (x, y, rx, ry) = (centre.X, centre.Y, radiusX, radiusY);
        _ops.Add(new CurveOp(new(x + rx, y), new(x + rx, y + ky), new(x + kx, y + ry), new(x, y + ry), thickness, color));
        _ops.Add(new CurveOp(new(x, y + ry), new(x - kx, y + ry), new(x - rx, y + ky), new(x - rx, y), thickness, color));
        _ops.Add(new CurveOp(new(x - rx, y), new(x - rx, y - ky), new(x - kx, y - ry), new(x, y - ry), thickness, color));
        _ops.Add(new CurveOp(new(x, y - ry), new(x + kx, y - ry), new(x + rx, y - ky), new(x + rx, y), thickness, color));
    }

    /// <summary>
    /// The panel: its ops and their extent, with <paramref name="margin"/> of room on every side;
    /// <paramref name="middle"/> (in the coordinates drawn in) is the line panels are aligned on, by default the middle.
    /// </summary>
    public PanelDrawing Build(double margin = 0, double? middle = null)
    {
        if (_ops.Count == 0) return new PanelDrawing(0, 0, 0, 0, 0, []);
        var bounds = _ops[0].Bounds;
        foreach (var op in _ops) bounds = Rect.Union(bounds, op.Bounds);
        var top = bounds.Y - margin;
        var height = bounds.Height + 2 * margin;
        return new PanelDrawing(bounds.X - margin, top, bounds.Width + 2 * margin, height, middle is { } m ? m - top : height / 2, [.. _ops]);
    }
}
