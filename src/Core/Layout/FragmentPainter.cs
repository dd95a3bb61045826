namespace DeepExam.Layout;

/// <summary>Replays laid-out pages on a canvas: the only place draw ops meet a canvas.</summary>
public static class FragmentPainter
{
    public static void Paint(LaidOutPage page, ICanvas canvas)
    {
        foreach (var placed in page.Content) Paint(placed, canvas);
        foreach (var placed in page.Furniture) Paint(placed, canvas);
    }

    public static void Paint(PlacedFragment placed, ICanvas canvas) => Paint(placed, canvas, 0, placed.Fragment.Ops.Length);

    /// <summary>Paints <paramref name="count"/> of the fragment's ops from <paramref name="start"/> (one of its spans).</summary>
    public static void Paint(PlacedFragment placed, ICanvas canvas, int start, int count)
    {
        var (dx, dy) = (placed.X, placed.Y);
        var ops = placed.Fragment.Ops;
        for (var i = start; i < start + count; i++)
        {
            var op = ops[i];
            switch (op)
            {
                case TextOp t:
                    canvas.DrawText(t.X + dx, t.Baseline + dy, t.Text, t.Font, t.Color);
                    break;
                case LineOp l:
                    canvas.DrawLine(l.From.X + dx, l.From.Y + dy, l.To.X + dx, l.To.Y + dy, l.Thickness, l.Color);
                    break;
                case RectOp r:
                    canvas.DrawRectangle(r.Rect.Offset(dx, dy), r.Thickness, r.Stroke, r.Fill);
                    break;
                case CurveOp c:
                    canvas.DrawBezier(c.P0.Offset(dx, dy), c.P1.Offset(dx, dy), c.P2.Offset(dx, dy), c.P3.Offset(dx, dy), c.Thickness, c.Color);
                    break;
                case PathOp p:
                    PaintPath(p, dx, dy, canvas);
                    break;
            }
        }
    }

    private static void PaintPath(PathOp path, double dx, double dy, ICanvas canvas)
    {
        Span<Point> points = path.Points.Length <= 16 ? stackalloc Point[path.Points.Length] : new Point[path.Points.Length];
        for (var i = 0; i < points.Length; i++) points[i] = path.Points[i].Offset(dx, dy);
        canvas.DrawPath(points, path.Closed, path.Thickness, path.Stroke, path.Fill, path.Dash);
    }
}
