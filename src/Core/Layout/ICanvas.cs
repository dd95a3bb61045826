namespace DeepExam.Layout;

/// <summary>
/// What layout draws on: one page at a time, points, origin at the top left, y growing downwards.
/// The PDF canvas draws with PDFsharp; <see cref="RecordingCanvas"/> lists the calls for tests.
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
}
