namespace DeepExam.Documents.Math;

/// <summary>\sqrt{x}, or \sqrt[n]{x} with an <see cref="Index"/>.</summary>
public sealed record MathRadical(MathNode Body, MathNode? Index) : MathNode
{
    public override string ToString() => $"\\sqrt{{{Body}}}";
}
