namespace DeepExam.Layout.Figures;

/// <summary>Shrinks a figure's ops about the origin, so a figure wider than the column fits it: text, lines and shapes alike.</summary>
internal static class DrawOpScaling
{
    public static DrawOp Scale(DrawOp op, double factor) => op switch
    {
        TextOp t => t with
        {
            X = t.X * factor,
            Baseline = t.Baseline * factor,
            Font = t.Font.WithSize(t.Font.Size * factor),
            Width = t.Width * factor,
            Ascent = t.Ascent * factor,
            Descent = t.Descent * factor,
        },
        LineOp l => l with { From = Scale(l.From, factor), To = Scale(l.To, factor), Thickness = Thickness(l.Thickness, factor) },
        RectOp r => r with
        {
            Rect = new Rect(r.Rect.X * factor, r.Rect.Y * factor, r.Rect.Width * factor, r.Rect.Height * factor),
            Thickness = r.Thickness > 0 ? Thickness(r.Thickness, factor) : 0,
        },
        CurveOp c => c with
        {
            P0 = Scale(c.P0, factor),
            P1 = Scale(c.P1, factor),
            P2 = Scale(c.P2, factor),
            P3 = Scale(c.P3, factor),
            Thickness = Thickness(c.Thickness, factor),
        },
        PathOp p => p with
        {
            Points = [.. p.Points.Select(x => Scale(x, factor))],
            Thickness = p.Thickness > 0 ? Thickness(p.Thickness, factor) : 0,
            Dash = p.Dash * factor,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "an op the figure scaler does not know"),
    };

    private static Point Scale(Point p, double factor) => new(p.X * factor, p.Y * factor);

    /// <summary>Lines thin with the figure, but not to hairlines a printer drops.</summary>
    private static double Thickness(double thickness, double factor) => Math.Max(thickness * factor, Math.Min(thickness, 0.4));
}
