namespace DeepExam.Layout;

/// <summary>An axis-aligned rectangle in points, y growing downwards.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public Rect Offset(double dx, double dy) => new(X + dx, Y + dy, Width, Height);

    /// <summary>True when the interiors overlap by more than <paramref name="tolerance"/> in both directions.</summary>
    public bool Overlaps(Rect other, double tolerance = 0.01) =>
        X + tolerance < other.Right && other.X + tolerance < Right &&
        Y + tolerance < other.Bottom && other.Y + tolerance < Bottom;

    /// <summary>True when this rectangle lies inside <paramref name="outer"/>, allowing <paramref name="tolerance"/> of rounding.</summary>
    public bool IsInside(Rect outer, double tolerance = 0.01) =>
        X >= outer.X - tolerance && Y >= outer.Y - tolerance && Right <= outer.Right + tolerance && Bottom <= outer.Bottom + tolerance;

    public static Rect Union(Rect a, Rect b)
    {
        var x = Math.Min(a.X, b.X);
        var y = Math.Min(a.Y, b.Y);
        return new Rect(x, y, Math.Max(a.Right, b.Right) - x, Math.Max(a.Bottom, b.Bottom) - y);
    }

    public override string ToString() => $"({X:0.#}, {Y:0.#}, {Width:0.#} × {Height:0.#})";
}
