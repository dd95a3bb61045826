namespace DeepExam.Layout;

/// <summary>A fragment at its place on a page (its top left corner).</summary>
public readonly record struct PlacedFragment(double X, double Y, Fragment Fragment)
{
    public Rect Bounds => new(X, Y, Fragment.Width, Fragment.Height);
    public override string ToString() => $"{Fragment.What} at {Bounds}";
}
