namespace DeepExam.Layout;

/// <summary>A straight line: rules, fraction bars, square brackets.</summary>
public sealed record LineOp(Point From, Point To, double Thickness, Color Color) : DrawOp
{
    public override Rect Bounds
    {
        get
        {
            var half = Thickness / 2;
            var x = Math.Min(From.X, To.X);
            var y = Math.Min(From.Y, To.Y);
            // Horizontal and vertical lines grow by half their thickness across, the way they are stroked.
            var horizontal = From.Y == To.Y;
            var vertical = From.X == To.X;
            return new Rect(x - (vertical ? half : 0), y - (horizontal ? half : 0),
                Math.Abs(To.X - From.X) + (vertical ? Thickness : 0), Math.Abs(To.Y - From.Y) + (horizontal ? Thickness : 0));
        }
    }

    public override DrawOp Offset(double dx, double dy) => this with { From = From.Offset(dx, dy), To = To.Offset(dx, dy) };
    public override string ToString() => $"line {From}–{To}";
}
