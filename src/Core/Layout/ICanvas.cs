namespace DeepExam.Layout;

/// <summary>
/// What layout draws on: one page at a time, points, origin at the top left, y growing downwards.
/// The PDF canvas writes content-stream operators; <see cref="RecordingCanvas"/> lists the calls for tests.
/// </summary>
public interface ICanvas : ITextMeasurer
{
    /// <summary>Draws <paramref name="text"/> with its baseline starting at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    void DrawText(double x, double baseline, string text, TextFont font, Color color);

    void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color);

    /// <summary>A rectangle: stroked when <paramref name="thickness"/> is positive, filled when <paramref name="fill"/> is given.</summary>
    void DrawRectangle(Rect rect, double thickness, Color stroke, Color? fill);

    /// <summary>A cubic Bézier curve from <paramref name="p0"/> to <paramref name="p3"/> (round brackets and braces).</summary>
    void DrawBezier(Point p0, Point p1, Point p2, Point p3, double thickness, Color color);

    /// <summary>
    /// A polyline, or a polygon when <paramref name="closed"/>: stroked when <paramref name="thickness"/> is
    /// positive (dashed when <paramref name="dash"/> is), filled when <paramref name="fill"/> is given. By
    /// default its edges are stroked as plain lines, so a canvas that predates paths still shows their outline.
    /// </summary>
    void DrawPath(ReadOnlySpan<Point> points, bool closed, double thickness, Color stroke, Color? fill, double dash)
    {
        var outline = thickness > 0 ? thickness : 0.5;
        var color = thickness > 0 ? stroke : fill ?? stroke;
        for (var i = 1; i < points.Length; i++) DrawLine(points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y, outline, color);
        if (closed && points.Length > 2) DrawLine(points[^1].X, points[^1].Y, points[0].X, points[0].Y, outline, color);
    }
}
