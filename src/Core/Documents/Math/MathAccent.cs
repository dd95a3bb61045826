namespace DeepExam.Documents.Math;

/// <summary>\hat, \bar, \overline, \tilde, \vec, \dot, \ddot, \underline over (or under) a base.</summary>
public sealed record MathAccent(MathAccentKind Kind, MathNode Base) : MathNode
{
    public override string ToString() => $"\\{Kind}{{{Base}}}";
}
