namespace DeepExam.Layout;

/// <summary>A rectangle, stroked when <see cref="Thickness"/> is positive and filled when <see cref="Fill"/> is set.</summary>
public sealed record RectOp(Rect Rect, double Thickness, Color Stroke, Color? Fill) : DrawOp
{
    public override Rect Bounds => Rect;
    public override DrawOp Offset(double dx, double dy) => this with { Rect = Rect.Offset(dx, dy) };
    public override string ToString() => $"rectangle {Rect}";
}
