namespace DeepExam.Layout.Figures;

/// <summary>
/// A box in oblique projection, as textbooks draw volumes of activations: the front face is a true
/// rectangle (<see cref="X"/>, <see cref="Y"/>, <see cref="Width"/>, <see cref="Height"/>) and the depth runs up
/// and to the right by (<see cref="DepthX"/>, <see cref="DepthY"/>). Only the front, top and right faces are
/// seen.
/// </summary>
internal readonly record struct ObliqueBox(double X, double Y, double Width, double Height, double DepthX, double DepthY)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;

    public Point[] Front => [new(X, Y), new(Right, Y), new(Right, Bottom), new(X, Bottom)];
    public Point[] Top => [new(X, Y), new(Right, Y), new(Right + DepthX, Y - DepthY), new(X + DepthX, Y - DepthY)];
    public Point[] Side => [new(Right, Y), new(Right + DepthX, Y - DepthY), new(Right + DepthX, Bottom - DepthY), new(Right, Bottom)];

    /// <summary>The middle of the edge where the right face meets the floor: where a depth is labelled.</summary>
    public Point DepthEdgeMiddle => new(Right + DepthX / 2, Bottom - DepthY / 2);

    /// <summary>Draws the visible faces, shaded as if lit from the front and above, with <paramref name="edge"/> lines.</summary>
    public void Draw(DrawingBuilder into, Color front, Color top, Color side, Color edge, double thickness)
    {
        into.Polygon(Side, thickness, edge, side);
        into.Polygon(Top, thickness, edge, top);
        into.Polygon(Front, thickness, edge, front);
    }
}
