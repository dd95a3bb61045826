namespace DeepExam.Layout;

/// <summary>A run of text in one font; <see cref="Width"/>, <see cref="Ascent"/> and <see cref="Descent"/> were measured when it was laid out.</summary>
public sealed record TextOp(double X, double Baseline, string Text, TextFont Font, Color Color, double Width, double Ascent, double Descent) : DrawOp
{
    public override Rect Bounds => new(X, Baseline - Ascent, Width, Ascent + Descent);
    public override DrawOp Offset(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
    public override string ToString() => $"text '{Text}' {Font} at {Bounds}";
}
