namespace DeepExam.Documents.Math;

/// <summary>A base with a superscript, a subscript, or both.</summary>
public sealed record MathScripts(MathNode Base, MathNode? Superscript, MathNode? Subscript) : MathNode
{
    public override string ToString() => $"{Base}{(Superscript is null ? "" : $"^{{{Superscript}}}")}{(Subscript is null ? "" : $"_{{{Subscript}}}")}";
}
