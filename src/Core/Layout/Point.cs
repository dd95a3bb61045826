namespace DeepExam.Layout;

/// <summary>A position in points.</summary>
public readonly record struct Point(double X, double Y)
{
    public Point Offset(double dx, double dy) => new(X + dx, Y + dy);
}
