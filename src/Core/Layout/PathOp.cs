using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>
/// A polyline, or a polygon when <see cref="Closed"/>: the faces of a drawn box, arrowheads, dashed
/// cell borders. Stroked when <see cref="Thickness"/> is positive (dashed when <see cref="Dash"/> is
/// positive: dashes and gaps that long), filled when <see cref="Fill"/> is set.
/// </summary>
public sealed record PathOp(ImmutableArray<Point> Points, bool Closed, double Thickness, Color Stroke, Color? Fill, double Dash = 0) : DrawOp
{
    public override Rect Bounds
    {
        get
        {
            double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
            foreach (var p in Points)
            {
                x0 = Math.Min(x0, p.X);
                y0 = Math.Min(y0, p.Y);
                x1 = Math.Max(x1, p.X);
                y1 = Math.Max(y1, p.Y);
            }
            if (Points.IsEmpty) return default;
            // A stroke reaches half its width beyond the points along horizontal and vertical edges.
            var half = Thickness / 2;
            return new Rect(x0 - half, y0 - half, x1 - x0 + Thickness, y1 - y0 + Thickness);
        }
    }

    public override DrawOp Offset(double dx, double dy) => this with { Points = [.. Points.Select(p => p.Offset(dx, dy))] };

    public override string ToString() => $"{(Closed ? "polygon" : "path")} of {Points.Length} points at {Bounds}";
}
