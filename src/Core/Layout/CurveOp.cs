namespace DeepExam.Layout;

/// <summary>A cubic Bézier stroke: the halves of tall round brackets and braces.</summary>
public sealed record CurveOp(Point P0, Point P1, Point P2, Point P3, double Thickness, Color Color) : DrawOp
{
    // The control polygon contains the curve, so its box bounds it.
    public override Rect Bounds
    {
        get
        {
            var x = Math.Min(Math.Min(P0.X, P1.X), Math.Min(P2.X, P3.X));
            var y = Math.Min(Math.Min(P0.Y, P1.Y), Math.Min(P2.Y, P3.Y));
            var r = Math.Max(Math.Max(P0.X, P1.X), Math.Max(P2.X, P3.X));
            var b = Math.Max(Math.Max(P0.Y, P1.Y), Math.Max(P2.Y, P3.Y));
            return new Rect(x, y, r - x, b - y);
        }
    }

    public override DrawOp Offset(double dx, double dy) =>
        this with { P0 = P0.Offset(dx, dy), P1 = P1.Offset(dx, dy), P2 = P2.Offset(dx, dy), P3 = P3.Offset(dx, dy) };

    public override string ToString() => $"curve {P0}–{P3}";
}
